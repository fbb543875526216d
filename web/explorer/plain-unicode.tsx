/**
 * Monaco marks "ambiguous" Unicode characters with a box; in this product that would box the
 * brackets of every document number (昌州财社〔2022〕11号) and full-width punctuation in the
 * Chinese descriptions. This turns that marking off in every GraphiQL editor.
 */
import { useMonaco } from '@graphiql/react';
import { useEffect } from 'react';

const OPTIONS = { unicodeHighlight: { ambiguousCharacters: false } };

export function PlainUnicode() {
  const monaco = useMonaco((state) => state.monaco);
  useEffect(() => {
    if (!monaco) return;
    for (const editor of monaco.editor.getEditors()) editor.updateOptions(OPTIONS);
    const created = monaco.editor.onDidCreateEditor((editor) => editor.updateOptions(OPTIONS));
    return () => created.dispose();
  }, [monaco]);
  return null;
}
