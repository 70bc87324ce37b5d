"""WCAG colour-contrast checks for the design system's palette."""
