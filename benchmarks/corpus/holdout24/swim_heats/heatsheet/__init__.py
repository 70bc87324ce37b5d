"""Heat and lane seeding for the county swimming championships."""
