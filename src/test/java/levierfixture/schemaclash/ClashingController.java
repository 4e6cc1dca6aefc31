package levierfixture.schemaclash;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Fixture: an endpoint answering two different records that are both called {@code Result}. */
@RestController
public class ClashingController {

    /** One check. */
    public static final class Floor {
        public record Result(boolean met) {}
    }

    /** Another check. */
    public static final class Gift {
        public record Result(int pct) {}
    }

    public record Both(Floor.Result floor, Gift.Result gift) {}

    @GetMapping("/clash")
    public Both both() {
        return new Both(new Floor.Result(true), new Gift.Result(3));
    }
}
