package app.dateline.engine.article;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The YAML parser for front matter: SnakeYAML's safe constructor (no class is ever made from a tag), aliases
 * resolved but at most {@value #MAX_ALIASES} of them (no "billion laughs"), nesting and size bounded, a
 * timestamp kept as the text it is (so its date is the one written, whatever its zone), and a tag it does not
 * know read as the plain value under it.
 */
final class FrontMatterYaml {

    static final int MAX_ALIASES = 50;

    private FrontMatterYaml() {
    }

    static Object parse(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowDuplicateKeys(true);
        options.setNestingDepthLimit(50);
        options.setCodePointLimit(FrontMatter.MAX_CHARS * 2);
        return new Yaml(new Constructor(options)).load(yaml);
    }

    /** The parser's complaint in a few words: its first line, without the parser's class names. */
    static String problem(Throwable e) {
        if (e instanceof StackOverflowError) {
            return "nested too deeply";
        }
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return "unreadable";
        }
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }

    private static final class Constructor extends SafeConstructor {

        Constructor(LoaderOptions options) {
            super(options);
            yamlConstructors.put(Tag.TIMESTAMP, new ConstructYamlStr());
            yamlConstructors.put(null, new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    if (node instanceof ScalarNode scalar) {
                        return scalar.getValue();
                    }
                    return yamlConstructors.get(node instanceof org.yaml.snakeyaml.nodes.SequenceNode ? Tag.SEQ : Tag.MAP).construct(node);
                }
            });
        }
    }
}
