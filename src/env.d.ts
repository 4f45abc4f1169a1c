declare module 'virtual:echelon/settings' {
  const settings: import('./schemas/settings.ts').Settings;
  export default settings;
}
declare module 'virtual:echelon/brand.css';
