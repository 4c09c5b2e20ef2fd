package app.dateline.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Standard output with every write checked: {@link PrintStream} swallows a failed write (a full disk, a pipe
 * whose reader is gone) and only remembers it, so each write here asks it at once and throws instead.
 */
final class StandardOutput extends OutputStream {

    private final PrintStream out;

    StandardOutput(PrintStream out) {
        this.out = out;
    }

    static StandardOutput system() {
        return new StandardOutput(System.out);
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        check();
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        check();
    }

    @Override
    public void flush() throws IOException {
        out.flush();
        check();
    }

    /** {@link PrintStream#checkError()} flushes, then says whether any write so far failed. */
    private void check() throws IOException {
        if (out.checkError()) {
            throw new OutputFailedException("standard output", "could not be written (the disk may be full, or the program "
                    + "reading it stopped)");
        }
    }
}
