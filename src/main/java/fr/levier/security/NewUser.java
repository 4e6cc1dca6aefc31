package fr.levier.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an admin enters to create a user.
 *
 * @param username login name: letters, digits, dot, dash, underscore
 * @param fullName display name
 * @param email    optional e-mail
 * @param role     the role granted
 * @param password initial password, at least 12 characters
 */
public record NewUser(
        @NotBlank @Size(min = 3, max = 60) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "{levier.username.pattern}")
        String username,

        @NotBlank @Size(max = 120) @fr.levier.shared.validation.SafeText
        String fullName,

        @Email @Size(max = 200) String email,
        @NotNull Role role,

        @NotBlank @Size(min = PasswordPolicy.MIN_LENGTH, max = 128)
        String password) {}
