package levierfixture.brokenmodules;

/** Root of a deliberately broken module structure, used to prove ModularityTests can fail. */
@org.springframework.modulith.Modulithic
public class BrokenApplication {}
