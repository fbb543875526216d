/** Where the notice comes from: a file (sent as base64, recognised by content) or pasted text. */
import { useState } from 'react';
import { fill, useMessages } from '../../lib/i18n.ts';
import { importMessages } from './messages.ts';

export type Source =
  | { kind: 'file'; file: string; fileName: string }
  | { kind: 'text'; text: string }
  | { kind: 'none' };

/** The server's limit (server/services/notice-source.ts): refused here before uploading. */
const MAX_BYTES = 1_800_000;

function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      resolve((typeof reader.result === 'string' ? reader.result : '').replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

export function SourcePicker(props: {
  onChoose: (source: Source) => void;
  onError: (message: string) => void;
}) {
  const t = useMessages(importMessages);
  const [text, setText] = useState('');
  const chooseFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_BYTES) {
      props.onError(fill(t.tooLarge, { name: file.name }));
      return;
    }
    props.onChoose({ kind: 'file', file: await base64Of(file), fileName: file.name });
  };
  return (
    <div className="import-source">
      <label className="import-file">
        {t.chooseFile}
        <input
          type="file"
          name="notice"
          onChange={(e) => {
            void chooseFile(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </label>
      <label className="import-paste">
        {t.orPaste}
        <textarea rows={4} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <button
        type="button"
        disabled={text.trim() === ''}
        onClick={() => props.onChoose({ kind: 'text', text })}
      >
        {t.read}
      </button>
    </div>
  );
}
