import { useStore } from '../../store/store';
import { NoticeLine, Panel } from '../common/Panel';
import { CurrentModelCard } from './CurrentModelCard';
import { FileActions } from './FileActions';
import { ModelLibrary } from './ModelLibrary';
import { SaveForm } from './SaveForm';
import { UndoDelete } from './UndoDelete';
import { UploadZone } from './UploadZone';
import { UseModel } from './UseModel';
import './models.css';
import { useTranslation } from '../../i18n/react';

/** The life of a model: save, load, download, upload, use, and the library in this browser. */
export function ModelsPanel() {
  const { t } = useTranslation('models');
  const message = useStore((s) => s.modelsMessage);
  return (
    <Panel title={t('panel.title')} id="models">
      <CurrentModelCard />
      <SaveForm />
      <FileActions />
      <UploadZone />
      <NoticeLine notice={message} testId="models-message" />
      <UndoDelete />
      <UseModel />
      <ModelLibrary />
    </Panel>
  );
}
