// Whether a record's in-place editor is open, and closing it after a save with focus back on its Edit
// button rather than at the top of the page.
import { useRef, useState } from 'react';

/** @example const { editing, toggle, close, editButton } = useEditorToggle(); */
export function useEditorToggle() {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const close = () => {
    editButton.current?.focus();
    setEditing(false);
  };
  return { editing, toggle: () => setEditing(!editing), close, editButton };
}
