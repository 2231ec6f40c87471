// The options of a <select> that picks one of a framework's levels: its id as the value, its name shown.
import type { Schemas } from '../api/client';

export function LevelOptions({ levels }: { levels: Schemas['Framework']['levels'] }) {
  return levels.map((l) => (
    <option key={l.id} value={l.id}>
      {l.name}
    </option>
  ));
}
