// The web server's texts of the bundled acts (core/acts.ts), file name → text: esbuild.mjs builds this
// module from the registry and data/priors.
declare module 'atazan:bundled-texts' {
  const texts: Readonly<Record<string, string>>;
  export default texts;
}
