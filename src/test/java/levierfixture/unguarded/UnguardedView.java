package levierfixture.unguarded;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;

/** A view that forgot its access annotation: AccessRulesTest must report it. */
@Route("unguarded-fixture")
public class UnguardedView extends Div {}
