package levierfixture.brokenmodules.beta;

/** Beta's public API. */
public class Beta {}
