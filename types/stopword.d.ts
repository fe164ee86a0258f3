/** The part of `stopword` Storyline uses: its English stop-word list. */
declare module 'stopword' {
  export const eng: string[];
}
