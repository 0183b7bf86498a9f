package org.overturn.reliability;

/**
 * How hard the reliability suite pushes. {@code .ci/run} runs it bounded (the default, {@code ci});
 * the full run is {@code mvn -Preliability test}, which sets {@code
 * -Doverturn.reliability.scale=full} and runs only the tag {@code reliability}. A single class runs
 * in full with {@code mvn test -Dtest=KillLoopTest -Doverturn.reliability.scale=full}.
 */
final class Scale {

    static final String PROPERTY = "overturn.reliability.scale";

    private Scale() {}

    static boolean full() {
        return "full".equalsIgnoreCase(System.getProperty(PROPERTY, "ci").strip());
    }

    /** The CI figure, or the full one. */
    static int pick(int ci, int full) {
        return full() ? full : ci;
    }

    static String name() {
        return full() ? "full" : "ci";
    }
}
