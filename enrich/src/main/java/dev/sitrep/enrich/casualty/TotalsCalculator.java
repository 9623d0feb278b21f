package dev.sitrep.enrich.casualty;

import dev.sitrep.common.model.Casualties;
import dev.sitrep.common.model.CasualtyMention;
import dev.sitrep.common.model.CasualtyTotal;
import dev.sitrep.common.model.CasualtyType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Totals an article's candidates per type, counting one event once.
 *
 * <p>Coordinated figures add up ("3 soldiers and 2 civilians") unless one is worded as a total,
 * which then bounds them ("5 in all", "the death toll rose to 30"). Articles repeat and revise a
 * toll, so between separate figures the larger wins, except that a figure worded as coming on top
 * ("another", "also", "two more") adds, and so does one naming a new kind of victim when every figure
 * so far named its victims ("2 soldiers were killed ... 3 militants died"). People shot count as
 * injured only when they did not die. Stateless.
 */
final class TotalsCalculator {

    /** {@code CasualtyKind.values()}, made once: every call of {@code values()} copies the array. */
    private static final CasualtyKind[] KINDS = CasualtyKind.values();

    private TotalsCalculator() {
    }

    static Casualties combine(List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            return Casualties.NONE;
        }
        Map<CasualtyKind, Figure> byKind = new EnumMap<>(CasualtyKind.class);
        for (CasualtyKind kind : KINDS) {
            Figure f = total(candidates, kind);
            if (f != null && f.best() > 0) {
                byKind.put(kind, f);
            }
        }
        boolean shotAsInjured = reconcileShot(byKind);
        Map<CasualtyType, CasualtyTotal> totals = new EnumMap<>(CasualtyType.class);
        // by kind in declaration order, as the EnumMap's own iteration goes, without its iterator's entries
        for (CasualtyKind kind : KINDS) {
            Figure f = byKind.get(kind);
            if (f != null) {
                totals.put(kind.type(), f.toTotal());
            }
        }
        List<CasualtyMention> mentions = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (c.best() <= 0 || c.kind() == CasualtyKind.SHOT && !shotAsInjured) {
                continue;
            }
            mentions.add(new CasualtyMention(c.kind().type(), c.best(), c.low(), c.high(), c.qualifier(), c.victims(),
                    c.field(), c.start(), c.end(), c.evidence(), null));
        }
        return new Casualties(totals, mentions);
    }

    /** The event total of one kind, or null when there is none. */
    static Figure total(List<Candidate> candidates, CasualtyKind kind) {
        if (!present(candidates, kind)) {
            return null;
        }
        Figure running = null;
        // victim heads as short lists of distinct entries (null among them): an article has a handful
        List<String> seenHeads = new ArrayList<>(4);
        boolean allSpecific = true;
        int i = 0;
        int n = candidates.size();
        while (i < n) {
            int group = candidates.get(i).group();
            Figure parts = null;
            Figure totals = null;
            boolean additive = true;
            boolean referring = false;
            boolean alternative = false;
            List<String> heads = null;
            boolean specific = true;
            for (; i < n && candidates.get(i).group() == group; i++) {
                Candidate c = candidates.get(i);
                if (c.kind() != kind) {
                    continue;
                }
                Figure f = Figure.of(c);
                alternative |= c.alternative();
                if (c.total()) {
                    totals = totals == null ? f : totals.max(f);
                    specific = false;
                } else {
                    parts = parts == null ? f : parts.plus(f);
                    additive &= c.additive() && !c.definite();
                    referring |= c.definite();
                    String head = Victims.category(c.victims());
                    specific &= head != null && words(c.victims()) <= 3;
                    if (heads == null) {
                        heads = new ArrayList<>(2);
                    }
                    addDistinct(heads, head);
                }
            }
            Figure figure = parts == null ? totals : totals == null ? parts : parts.max(totals);
            List<String> groupHeads = heads == null ? Collections.emptyList() : heads;
            if (figure == null) {
                continue;
            }
            boolean distinct = allSpecific && specific && !referring && running != null
                    && Collections.disjoint(groupHeads, seenHeads);
            if (running == null) {
                running = figure;
            } else if (alternative) {
                running = figure.best() < running.best() ? figure : running;
            } else if (totals == null && (additive || distinct)) {
                running = running.plus(figure);
            } else {
                running = running.max(figure);
            }
            allSpecific &= specific && !referring;
            for (int h = 0; h < groupHeads.size(); h++) {
                addDistinct(seenHeads, groupHeads.get(h));
            }
        }
        return running;
    }

    private static void addDistinct(List<String> list, String head) {
        if (!list.contains(head)) {
            list.add(head);
        }
    }

    /** {@code s.split(" ").length}, without the array. */
    static int words(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        if (end == 0) {
            return s.isEmpty() ? 1 : 0;
        }
        int n = 1;
        for (int i = 0; i < end; i++) {
            if (s.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }

    private static boolean present(List<Candidate> candidates, CasualtyKind kind) {
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).kind() == kind) {
                return true;
            }
        }
        return false;
    }

    /**
     * Folds those shot into the injured: the shot who did not die are injured, and the injured total
     * is the larger of that and the injured reported as such. Returns whether the shot figure decided it.
     */
    private static boolean reconcileShot(Map<CasualtyKind, Figure> byKind) {
        Figure shot = byKind.remove(CasualtyKind.SHOT);
        if (shot == null) {
            return false;
        }
        Figure killed = byKind.getOrDefault(CasualtyKind.KILLED, Figure.ZERO);
        Figure survivors = shot.minus(killed);
        Figure injured = byKind.get(CasualtyKind.INJURED);
        if (survivors.best() > 0 && (injured == null || survivors.best() > injured.best())) {
            byKind.put(CasualtyKind.INJURED, survivors);
            return true;
        }
        return false;
    }
}
