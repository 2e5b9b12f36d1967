import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** One sentence of an article, with where it sits so quotes can span sentences. */
export interface Sentence {
  text: string;
  /** index of its paragraph in the article */
  paragraph: number;
  /** offset of the sentence in its paragraph */
  start: number;
}

export interface SplitArticle {
  paragraphs: string[];
  sentences: Sentence[];
}

// The model ships inside the npm package (wink-eng-lite-web-model): nothing is fetched at run time.
const nlp = winkNLP(model);

/** Paragraphs (blank-line separated) and their sentences, split by wink-nlp. */
export function splitArticle(text: string): SplitArticle {
  const paragraphs = text.split(/\n\s*\n|\n/).map((p) => p.trim()).filter((p) => p.length > 0);
  const sentences: Sentence[] = [];
  paragraphs.forEach((para, paragraph) => {
    let cursor = 0;
    for (const raw of nlp.readDoc(para).sentences().out()) {
      const s = raw.trim();
      if (!s) continue;
      const at = para.indexOf(s, cursor);
      const start = at >= 0 ? at : cursor;
      sentences.push({ text: s, paragraph, start });
      cursor = start + s.length;
    }
  });
  return { paragraphs, sentences };
}
