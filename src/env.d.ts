declare module 'virtual:echelon/project' {
  /** Where the project and its content are, as the Echelon integration resolved them. */
  const location: import('./content/loader.ts').ContentLocation;
  export default location;
}
declare module 'virtual:echelon/brand.css';
declare module 'virtual:echelon/cards' {
  const options: import('./cards/generate.ts').CardGeneratorOptions & {
    /** True in the dev server, which draws cards on request; a build writes them itself. */
    onRequest: boolean;
  };
  export default options;
}
