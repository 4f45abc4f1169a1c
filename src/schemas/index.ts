export * from './common.ts';
export * from './guide.ts';
export * from './level.ts';
export * from './settings.ts';
export * from './theme.ts';
export * from './track.ts';
export * from './translation.ts';
