import { areaLabel, fill } from '@siaga/i18n';
import { useMemo } from 'react';
import { useI18n } from '../i18n/use_i18n.ts';
import { featuresOf } from '../store/data_slice.ts';
import { useAppState } from '../store/store_context.tsx';
import { areaNames } from './stored_study_area.ts';

/**
 * How the interface names the stored study area: `label` for sentences ("Kabupaten Buleleng", or "wilayah kajian"
 * before a kabupaten is loaded) and `title` for the header ("Siaga Buleleng", or "Siaga").
 */
export function useAreaLabel(): { label: string; title: string } {
  const { t } = useI18n();
  const kabupaten = useAppState((s) => featuresOf(s.datasets, 'kabupaten'));
  return useMemo(() => {
    const names = areaNames(kabupaten);
    return {
      label: areaLabel(t, names),
      title:
        names.length > 0 ? fill(t.studyArea.title, { name: names.join(t.studyArea.separator) }) : t.app.title,
    };
  }, [t, kabupaten]);
}
