package org.newskg.extract;

import java.util.Arrays;

/**
 * Disjoint sets over 0, 1, 2... that grow as elements are added. The root of a set is its
 * smallest element, so results do not depend on the order unions were made in.
 */
public final class UnionFind {

    private int[] parent = new int[64];
    private int size;

    /** Adds an element in a set of its own; returns it. */
    public int add() {
        if (size == parent.length) {
            parent = Arrays.copyOf(parent, parent.length * 2);
        }
        parent[size] = size;
        return size++;
    }

    int size() {
        return size;
    }

    public int find(int i) {
        int r = i;
        while (parent[r] != r) {
            r = parent[r];
        }
        while (parent[i] != r) {
            int next = parent[i];
            parent[i] = r;
            i = next;
        }
        return r;
    }

    /** Joins two sets; returns the root of the joined set. */
    public int union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        int root = Math.min(ra, rb);
        parent[Math.max(ra, rb)] = root;
        return root;
    }
}
