import { SCHEDULE_CHOICES, SCHEDULE_SETTINGS, SCHEDULES } from '../../core/train/schedules';
import { useTranslation } from '../../i18n/react';
import { settingList } from '../../core/settings';
import { setSchedule } from '../../store/actions/training-config';
import { useStore } from '../../store/store';
import { ChoiceField } from '../common/ChoiceField';
import { SettingFields } from '../common/SettingFields';

const SETTINGS = settingList(SCHEDULE_SETTINGS);

/** The learning-rate schedule and its settings; stays live during a run. */
export function ScheduleFields() {
  const { t } = useTranslation('training');
  const s = useStore((st) => st.training.schedule);
  const uses: readonly string[] = SCHEDULES[s.kind].uses;
  const shown = uses.flatMap((key) =>
    SETTINGS.filter((d) => d.key === key).map((d) => ({
      ...d,
      label: t(`scheduleSettings.${d.key}.label`),
      help: t(`scheduleSettings.${d.key}.help`),
    })),
  );
  const options = SCHEDULE_CHOICES.map((c) => ({
    id: c.id,
    label: t(`schedules.${c.id}.label`),
    help: t(`schedules.${c.id}.help`),
  }));
  return (
    <div className="schedule">
      <ChoiceField
        id="schedule-kind"
        label={t('fields.schedule')}
        value={s.kind}
        options={options}
        explain="lrSchedule"
        onChange={(kind) => setSchedule({ kind })}
      />
      {shown.length > 0 && (
        <div className="row">
          <SettingFields
            settings={shown}
            values={s}
            idPrefix="schedule"
            onChange={(key, v) => {
              if (typeof v === 'number') setSchedule({ [key]: v });
            }}
          />
        </div>
      )}
    </div>
  );
}
