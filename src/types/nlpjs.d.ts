// @nlpjs/lang-fr ships JavaScript only; this is the one class we use from it.
declare module '@nlpjs/lang-fr' {
  export class StemmerFr {
    stemWord(word: string): string;
  }
}

// stopwords-iso ships a JSON file of lists by ISO language code.
declare module 'stopwords-iso' {
  const lists: Record<string, string[]>;
  export = lists;
}
