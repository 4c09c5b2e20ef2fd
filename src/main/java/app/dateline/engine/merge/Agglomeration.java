package app.dateline.engine.merge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Groups of mentions built bottom-up. Each step merges the two groups whose centroids (the sums of their
 * members' vectors) pass their threshold by the widest margin; the threshold is the one for the farthest date
 * relation between any member of one and any member of the other (complete link on dates), and no pair across
 * the two may be vetoed ({@link MentionProfiles#veto}). The two groups must share a name. Groups the user
 * merged start joined; pairs the user split are vetoed.
 */
final class Agglomeration {

    private final MentionProfiles p;
    private final List<List<Integer>> members = new ArrayList<>();
    private final List<TermVector> centroids = new ArrayList<>();
    private final List<Set<String>> names = new ArrayList<>();
    private final List<Boolean> alive = new ArrayList<>();
    private final List<Integer> stamps = new ArrayList<>();
    private final List<Set<Integer>> neighbours = new ArrayList<>();
    private final Set<Long> apart = new HashSet<>();

    private record Candidate(int a, int b, double margin, int stampA, int stampB) {
    }

    Agglomeration(MentionProfiles p, MergeConstraints constraints) {
        this.p = p;
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < p.size(); i++) {
            index.put(p.events.get(i).id(), i);
        }
        for (MergeConstraints.Pair pair : constraints.apart()) {
            Integer a = index.get(pair.a());
            Integer b = index.get(pair.b());
            if (a != null && b != null) {
                apart.add(key(a, b));
            }
        }
        int[] clusterOf = new int[p.size()];
        for (int i = 0; i < p.size(); i++) {
            clusterOf[i] = i;
            members.add(new ArrayList<>(List.of(i)));
            centroids.add(p.vectors[i]);
            names.add(new HashSet<>(p.names.get(i)));
            alive.add(true);
            stamps.add(0);
            neighbours.add(new HashSet<>());
        }
        // Merged by hand: together whatever the dates and words say, unless split by hand.
        for (Set<String> group : constraints.together()) {
            Integer first = null;
            for (String id : group) {
                Integer i = index.get(id);
                if (i == null) {
                    continue;
                }
                if (first == null) {
                    first = clusterOf[i];
                } else if (clusterOf[i] != first && !hasApart(first, clusterOf[i])) {
                    int absorbed = clusterOf[i];
                    for (int m : members.get(absorbed)) {
                        clusterOf[m] = first;
                    }
                    join(first, absorbed);
                }
            }
        }
        for (int i = 0; i < p.size(); i++) {
            for (int j = i + 1; j < p.size(); j++) {
                int ci = clusterOf[i];
                int cj = clusterOf[j];
                if (ci != cj && p.veto(i, j) == null) {
                    neighbours.get(ci).add(cj);
                    neighbours.get(cj).add(ci);
                }
            }
        }
    }

    private static long key(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    private boolean hasApart(int ca, int cb) {
        for (int i : members.get(ca)) {
            for (int j : members.get(cb)) {
                if (apart.contains(key(i, j))) {
                    return true;
                }
            }
        }
        return false;
    }

    private void join(int into, int from) {
        members.get(into).addAll(members.get(from));
        centroids.set(into, centroids.get(into).plus(centroids.get(from)));
        names.get(into).addAll(names.get(from));
        alive.set(from, false);
        members.get(from).clear();
        stamps.set(into, stamps.get(into) + 1);
        stamps.set(from, stamps.get(from) + 1);
    }

    /** The margin by which two groups pass their threshold, or NaN when they may not merge. */
    private double margin(int ca, int cb) {
        DateRelation worst = DateRelation.SAME;
        boolean sameArticle = false;
        for (int i : members.get(ca)) {
            for (int j : members.get(cb)) {
                if (p.veto(i, j) != null || apart.contains(key(i, j))) {
                    return Double.NaN;
                }
                worst = worst.worst(p.relation(i, j));
                sameArticle |= p.sameArticle(i, j);
            }
        }
        if (Collections.disjoint(names.get(ca), names.get(cb))) {
            return Double.NaN; // no name in common: not the same who, where or to whom
        }
        double margin = centroids.get(ca).cosine(centroids.get(cb)) - p.threshold(worst, sameArticle);
        return margin >= 0 ? margin : Double.NaN;
    }

    /** Merges until no pair of groups passes, and returns the groups as lists of mention indices. */
    List<List<Integer>> run() {
        PriorityQueue<Candidate> queue = new PriorityQueue<>(Comparator.comparingDouble(Candidate::margin).reversed()
                .thenComparingInt(Candidate::a).thenComparingInt(Candidate::b));
        for (int a = 0; a < members.size(); a++) {
            if (alive.get(a)) {
                for (int b : neighbours.get(a)) {
                    if (a < b && alive.get(b)) {
                        offer(queue, a, b);
                    }
                }
            }
        }
        while (!queue.isEmpty()) {
            Candidate c = queue.poll();
            if (!alive.get(c.a()) || !alive.get(c.b()) || stamps.get(c.a()) != c.stampA() || stamps.get(c.b()) != c.stampB()) {
                continue; // one of the groups changed since this candidate was scored
            }
            join(c.a(), c.b());
            Set<Integer> next = new LinkedHashSet<>(neighbours.get(c.a()));
            next.addAll(neighbours.get(c.b()));
            next.remove(c.a());
            next.remove(c.b());
            neighbours.set(c.a(), next);
            for (int k : next) {
                neighbours.get(k).remove(c.b());
                neighbours.get(k).add(c.a());
                if (alive.get(k)) {
                    offer(queue, Math.min(c.a(), k), Math.max(c.a(), k));
                }
            }
        }
        List<List<Integer>> out = new ArrayList<>();
        for (int c = 0; c < members.size(); c++) {
            if (alive.get(c)) {
                out.add(List.copyOf(members.get(c)));
            }
        }
        return out;
    }

    private void offer(PriorityQueue<Candidate> queue, int a, int b) {
        double m = margin(a, b);
        if (!Double.isNaN(m)) {
            queue.add(new Candidate(a, b, m, stamps.get(a), stamps.get(b)));
        }
    }
}
