/** The data contracts shared by the normalizer (which writes) and Astro (which reads). */
export * from './common';
export * from './outlet';
export * from './actor';
export * from './source';
export * from './article';
export * from './annotation';
export * from './landmark';
export * from './open-data';
export * from './body';
