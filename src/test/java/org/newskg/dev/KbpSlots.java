package org.newskg.dev;

import java.util.List;
import java.util.Map;

/**
 * Which of CoreNLP's KBP slots stand for which NewsKG relation, and in which direction. Slots
 * not listed (titles, ages, religions, residences in cities or states, alternate names ...) have
 * no NewsKG relation and are only counted.
 */
final class KbpSlots {

    /** One slot's NewsKG relation; {@code inverse} when the slot's object is the relation's subject. */
    record Mapping(String relation, boolean inverse) {
    }

    private static final Map<String, Mapping> SLOTS = Map.ofEntries(
            Map.entry("per:employee_of", new Mapping("memberOf", false)),
            Map.entry("per:employee_or_member_of", new Mapping("memberOf", false)),
            Map.entry("per:member_of", new Mapping("memberOf", false)),
            Map.entry("org:top_members_employees", new Mapping("memberOf", true)),
            Map.entry("org:member_of", new Mapping("memberOf", false)),
            Map.entry("org:members", new Mapping("memberOf", true)),
            Map.entry("org:founded_by", new Mapping("founderOf", true)),
            Map.entry("per:parents", new Mapping("childOf", false)),
            Map.entry("per:children", new Mapping("childOf", true)),
            Map.entry("per:spouse", new Mapping("spouseOf", false)),
            Map.entry("per:origin", new Mapping("citizenOf", false)),
            Map.entry("per:countries_of_residence", new Mapping("citizenOf", false)),
            Map.entry("per:country_of_birth", new Mapping("citizenOf", false)),
            Map.entry("org:city_of_headquarters", new Mapping("headquarteredIn", false)),
            Map.entry("org:stateorprovince_of_headquarters", new Mapping("headquarteredIn", false)),
            Map.entry("org:country_of_headquarters", new Mapping("headquarteredIn", false)));

    private KbpSlots() {
    }

    /** The NewsKG relation of a slot, or null. */
    static Mapping of(String slot) {
        return SLOTS.get(slot);
    }

    /** The slots a relation is read from, for the report. */
    static List<String> slotsOf(String relation) {
        return SLOTS.entrySet().stream().filter(e -> e.getValue().relation().equals(relation)).map(Map.Entry::getKey).sorted().toList();
    }
}
