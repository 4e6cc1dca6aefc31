package fr.levier.security;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class FirstAdminBootstrapTest {

    private final UserService users = mock(UserService.class);

    @Test
    void createsTheAdminFromTheEnvironmentWhenNoneExists() {
        when(users.hasEnabledAdmin()).thenReturn(false);
        new FirstAdminBootstrap(users, "dsi.admin", "a-long-enough-secret").run(null);
        ArgumentCaptor<NewUser> created = ArgumentCaptor.forClass(NewUser.class);
        verify(users).createUnchecked(created.capture());
        Assertions.assertThat(created.getValue().username()).isEqualTo("dsi.admin");
        Assertions.assertThat(created.getValue().role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void doesNothingWhenAnAdminExists() {
        when(users.hasEnabledAdmin()).thenReturn(true);
        new FirstAdminBootstrap(users, "dsi.admin", "a-long-enough-secret").run(null);
        verify(users, never()).createUnchecked(any());
    }

    @Test
    void refusesATooShortPassword() {
        when(users.hasEnabledAdmin()).thenReturn(false);
        new FirstAdminBootstrap(users, "dsi.admin", "short").run(null);
        verify(users, never()).createUnchecked(any());
    }
}
