/** Types for ./shared.mjs, which the TypeScript benchmark (extract.ts) imports. */
export declare const SHARED_DIR: string;
export declare const CORPUS_DIR: string;
