import { SCHEDULE_CHOICES, SCHEDULE_SETTINGS, SCHEDULES } from '../../core/train/schedules';
import { settingList } from '../../core/settings';
import { setSchedule } from '../../store/actions/training-config';
import { useStore } from '../../store/store';
import { ChoiceField } from '../common/ChoiceField';
import { SettingFields } from '../common/SettingFields';

const SETTINGS = settingList(SCHEDULE_SETTINGS);

/** The learning-rate schedule and its settings; stays live during a run. */
export function ScheduleFields() {
  const s = useStore((st) => st.training.schedule);
  const uses: readonly string[] = SCHEDULES[s.kind].uses;
  const shown = uses.flatMap((key) => SETTINGS.filter((d) => d.key === key));
  return (
    <div className="schedule">
      <ChoiceField
        id="schedule-kind"
        label="Learning-rate schedule"
        value={s.kind}
        options={SCHEDULE_CHOICES}
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
