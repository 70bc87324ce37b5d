"""Link analysis of motor and household claims for the special investigations unit."""
