"""Open-source licence review: lockfile packages, their transitive licences and the policy check."""
