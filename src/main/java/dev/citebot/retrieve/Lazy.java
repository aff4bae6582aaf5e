package dev.citebot.retrieve;

import java.util.Objects;
import java.util.function.Supplier;

/** A value computed on first use, at most once, then kept; thread-safe. */
public final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> compute;
    private volatile T value;

    public Lazy(Supplier<T> compute) {
        this.compute = Objects.requireNonNull(compute, "compute");
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = Objects.requireNonNull(compute.get(), "lazy value");
                    value = v;
                }
            }
        }
        return v;
    }

    /** Whether the value has been computed. */
    public boolean computed() {
        return value != null;
    }
}
