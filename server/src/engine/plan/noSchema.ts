// The schema reference that says "no schema for this table, and no detection": a choice the user recorded.
export const NO_SCHEMA_REF = 'none';
