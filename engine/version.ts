/** Bumped whenever a change could make an old command log replay differently. */
export const ENGINE_VERSION = '0.4.0';
