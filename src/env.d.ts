declare module 'virtual:echelon/settings' {
  /** The validated site settings, with the translations of their words by locale. */
  const settings: import('./schemas/settings.ts').Settings & {
    translations: Record<string, import('./schemas/translation.ts').SettingsTranslation>;
  };
  export default settings;
}
declare module 'virtual:echelon/brand.css';
declare module 'virtual:echelon/cards' {
  const options: import('./cards/generate.ts').CardGeneratorOptions;
  export default options;
}
