// Which place is showing, and a way for any feature to go to another one (a passage found in Retrieve
// opens in Code; a cell of Compare opens in Retrieve). Features ask for a place by id; only the shell
// decides how places are drawn.
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { PlaceId } from './places';

interface PlaceNavigation {
  place: PlaceId;
  goTo(place: PlaceId): void;
}

const PlaceContext = createContext<PlaceNavigation | null>(null);

export function PlaceProvider({ initial = 'code', children }: { initial?: PlaceId; children: ReactNode }) {
  const [place, goTo] = useState<PlaceId>(initial);
  const value = useMemo(() => ({ place, goTo }), [place]);
  return <PlaceContext.Provider value={value}>{children}</PlaceContext.Provider>;
}

export function usePlace(): PlaceNavigation {
  const value = useContext(PlaceContext);
  if (!value) throw new Error('usePlace outside PlaceProvider');
  return value;
}
