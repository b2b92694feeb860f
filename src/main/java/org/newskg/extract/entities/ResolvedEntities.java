package org.newskg.extract.entities;

import org.newskg.model.Entity;
import org.newskg.model.Mention;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The entities of one document, their mentions, and which tokens refer to which entity. */
public final class ResolvedEntities {

    private final Map<String, Entity> entities;
    private final List<Mention> mentions;
    private final Map<Long, List<String>> byToken;

    ResolvedEntities(Map<String, Entity> entities, List<Mention> mentions, Map<Long, List<String>> byToken) {
        this.entities = entities;
        this.mentions = mentions;
        this.byToken = byToken;
    }

    /** Entity keys a token refers to (empty when none). */
    public List<String> at(int sentence, int token) {
        return byToken.getOrDefault(key(sentence, token), List.of());
    }

    /** Makes a token refer to an entity it did not refer to yet (an unnamed body: "a grand jury in X"). */
    public void refer(int sentence, int token, String key) {
        List<String> keys = new java.util.ArrayList<>(at(sentence, token));
        if (!keys.contains(key)) {
            keys.add(key);
            byToken.put(key(sentence, token), keys);
        }
    }

    public Entity entity(String key) {
        return entities.get(key);
    }

    public Map<String, Entity> entities() {
        return entities;
    }

    public List<Mention> mentions() {
        return mentions;
    }

    static long key(int sentence, int token) {
        return ((long) sentence << 20) | token;
    }

    static Map<Long, List<String>> newIndex() {
        return new HashMap<>();
    }
}
