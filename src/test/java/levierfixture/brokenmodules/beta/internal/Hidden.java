package levierfixture.brokenmodules.beta.internal;

/** Internal to module beta. */
public class Hidden {}
