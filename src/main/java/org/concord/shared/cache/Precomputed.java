package org.concord.shared.cache;

import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * What was computed from data that changes far less often than it is read (a country's figures, a public page),
 * kept per key for as long as the {@link DataVersion}s it was computed from have not moved, on whichever instance
 * the data was written. Each request checks the versions (one small query each); a key is computed once per version
 * however many requests ask for it at once (they wait for the one computing), and only when no write was in flight
 * as it began (else every request computes its own, as without this class). The least recently used are let go
 * beyond {@code capacity}, measured by {@code weigher}.
 *
 * <p>Nothing is kept in memory that another instance needs: an instance without it computes the same.
 */
public final class Precomputed<K, V> {

    private static final class Slot<V> {
        final long[] versions;
        final CompletableFuture<V> value = new CompletableFuture<>();
        long weight;

        Slot(long[] versions) {
            this.versions = versions;
        }
    }

    private final List<DataVersion> versions;
    private final long capacity;
    private final ToLongFunction<V> weigher;
    private final Map<K, Slot<V>> slots = new LinkedHashMap<>(64, 0.75f, true);
    private long weight;

    /**
     * @param capacity most weight kept (for instance bytes, or entries with a weigher that answers 1)
     */
    public Precomputed(List<DataVersion> versions, long capacity, ToLongFunction<V> weigher) {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("at least one data version");
        }
        this.versions = List.copyOf(versions);
        this.capacity = capacity;
        this.weigher = weigher;
    }

    /** At most {@code entries} entries. */
    public static <K, V> Precomputed<K, V> of(int entries, DataVersion... versions) {
        return new Precomputed<>(List.of(versions), entries, v -> 1);
    }

    /**
     * The value for this key as of the data now: kept, being computed by another request, or computed here. A null
     * from {@code compute} is not kept (nor are failures), and those waiting for it receive null.
     */
    public V get(K key, Supplier<V> compute) {
        long[] now = current();
        Slot<V> slot;
        synchronized (slots) {
            slot = slots.get(key);
        }
        if (slot != null && Arrays.equals(slot.versions, now)) {
            return await(slot);
        }
        // a slot is offered to others only when nothing was in flight: then what is computed from here on holds every
        // write up to these versions, and any later write moves them
        if (!Arrays.equals(settled(), now)) {
            return compute.get();
        }
        boolean mine = false;
        synchronized (slots) {
            Slot<V> other = slots.get(key);
            if (other != null && Arrays.equals(other.versions, now)) {
                slot = other;
            } else {
                if (other != null) {
                    weight -= other.weight;
                }
                slot = new Slot<>(now);
                slots.put(key, slot);
                mine = true;
            }
        }
        return mine ? computeInto(key, slot, compute) : await(slot);
    }

    private V computeInto(K key, Slot<V> slot, Supplier<V> compute) {
        V value;
        try {
            value = compute.get();
        } catch (RuntimeException | Error e) {
            forget(key, slot);
            slot.value.completeExceptionally(e);
            throw e;
        }
        if (value == null) {
            forget(key, slot);
        } else {
            long w = Math.max(0, weigher.applyAsLong(value));
            synchronized (slots) {
                if (slots.get(key) == slot) {
                    slot.weight = w;
                    weight += w;
                    evict(key, slot);
                }
            }
        }
        slot.value.complete(value);
        return value;
    }

    /** Lets go of the least recently used computed values (never one still being computed) beyond the capacity. */
    private void evict(K key, Slot<V> keep) {
        Iterator<Slot<V>> eldest = slots.values().iterator();
        while (weight > capacity && eldest.hasNext()) {
            Slot<V> s = eldest.next();
            if (s != keep && s.value.isDone()) {
                weight -= s.weight;
                eldest.remove();
            }
        }
        if (weight > capacity) {
            // larger than the whole capacity on its own: given to those waiting for it, kept for no one else
            weight -= keep.weight;
            slots.remove(key, keep);
        }
    }

    private void forget(K key, Slot<V> slot) {
        synchronized (slots) {
            slots.remove(key, slot);
        }
    }

    private static <V> V await(Slot<V> slot) {
        try {
            return slot.value.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw e;
        }
    }

    private long[] current() {
        long[] now = new long[versions.size()];
        for (int i = 0; i < now.length; i++) {
            now[i] = versions.get(i).current();
        }
        return now;
    }

    /** The versions now if no write to any of them is in flight, else null. */
    private long[] settled() {
        long[] now = new long[versions.size()];
        for (int i = 0; i < now.length; i++) {
            OptionalLong v = versions.get(i).settled();
            if (v.isEmpty()) {
                return null;
            }
            now[i] = v.getAsLong();
        }
        return now;
    }

    /** How many values are kept now (for tests and diagnostics). */
    public int size() {
        synchronized (slots) {
            return slots.size();
        }
    }
}
