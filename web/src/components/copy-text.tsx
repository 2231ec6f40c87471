// A ready-to-send text with a copy button; where the clipboard is refused, the text is selected instead
// so Ctrl+C copies it. promocase sends nothing itself.
import { useId, useRef, useState } from 'react';

export function CopyText({ label, text }: { label: string; text: string }) {
  const id = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  const [state, setState] = useState<'idle' | 'copied' | 'selected'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      box.current?.select();
      setState('selected');
    }
  };
  return (
    <div className="copy-text">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} ref={box} readOnly value={text} rows={Math.min(12, text.split('\n').length + 1)} />
      <div className="actions">
        <button type="button" onClick={copy}>
          Copy<span className="visually-hidden"> “{label}”</span>
        </button>
        <span role="status" className="hint">
          {state === 'copied' && 'Copied: paste it into a message of your own.'}
          {state === 'selected' && 'The clipboard is not available here: the text is selected, press Ctrl+C.'}
        </span>
      </div>
    </div>
  );
}
