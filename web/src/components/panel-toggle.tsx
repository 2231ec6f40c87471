// A button that opens and closes a panel under a record (its editor, a check-in, its links), named after
// the record for screen readers since a list holds many of them.
import type { Ref } from 'react';

/**
 * Says `label` while the panel is closed and `closeLabel` while it is open; `name` is read after either.
 * @example <PanelToggle open={editing} onToggle={toggle} label="Edit" closeLabel="Close editor" name="“Write the RFC”" />
 */
export function PanelToggle({
  open,
  onToggle,
  label,
  closeLabel,
  name,
  buttonRef,
}: {
  open: boolean;
  onToggle: () => void;
  label: string;
  closeLabel: string;
  name: string;
  buttonRef?: Ref<HTMLButtonElement>;
}) {
  return (
    <button type="button" ref={buttonRef} onClick={onToggle} aria-expanded={open}>
      {open ? closeLabel : label}
      <span className="visually-hidden"> {name}</span>
    </button>
  );
}
