package fr.levier.onboarding;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the administrator enters for the city's identity.
 *
 * @param name         the city's name as printed
 * @param siren        the collectivité's SIREN, 9 digits (spaces allowed), blank when unknown
 * @param primaryColor CSS hex colour, e.g. {@code #1a4d8f}
 * @param accentColor  CSS hex colour
 * @param logo         the logo as uploaded (PNG, JPEG or GIF, at most {@link CityIdentityService#MAX_LOGO_BYTES}),
 *                     {@code null} to keep the current one
 * @param removeLogo   drop the current logo
 */
public record CityIdentityInput(
        @NotBlank @Size(max = 200) String name,
        @Pattern(regexp = "^$|^[0-9 ]{9,11}$") String siren,
        @NotBlank @Pattern(regexp = "^#[0-9a-fA-F]{6}$") String primaryColor,
        @NotBlank @Pattern(regexp = "^#[0-9a-fA-F]{6}$") String accentColor,
        byte[] logo,
        boolean removeLogo) {}
