/** The Simplified Chinese prose of the Keras export's README.md. */
import type en from '../en/models-readme';
import type { Translated } from '../../types';

const readme: Translated<typeof en> = {
  kerasReadme: {
    title: '{{name}}：Keras 导出',
    trainPy: '`train.py`：在 Keras 中重建网络，用相同的优化器、学习率和损失编译，然后训练。',
    data: '{{files}}：数据（{{description}}），\n  每行一个样本：先是输入值，然后是{{what}}。',
    whatClass: '类别索引（`label`）',
    whatTarget: '目标值',
    oneDevice: '单个设备',
    oneDeviceComment: '有 GPU 时用第一个 GPU，否则用 CPU；输出 model.keras',
    everyGpu: '一台机器上的所有 GPU',
    mirrored:
      '`tf.distribute.MirroredStrategy` 在每个 GPU 上各保留一份模型副本，\n并把每个批次分给它们。批大小（{{b}}）是每个副本的：有\n4 个 GPU 时，每一步训练 {{b4}} 个样本（`{{b}} × strategy.num_replicas_in_sync`）。\n如果训练收敛变慢，请相应调高学习率。',
    cluster: '两个工作节点组成的集群',
    clusterText:
      '把此文件夹复制到两台机器上，然后在每台机器上用各自的 `TF_CONFIG`\n（相同的 `cluster`，各自的 `task` 索引）启动 `train.py`；所有工作节点\n都启动后训练才开始。工作节点 0 是主节点，负责写出 `model.keras`。',
    onHost: '在 {{host}} 上',
    multiworker:
      '`tf.distribute.MultiWorkerMirroredStrategy` 使用每个工作节点上的每个 GPU；\n全局批大小为 {{b}} × 所有 GPU 的总数。每个工作节点读取\n完整的 CSV，并保留每个批次中属于自己的部分（`tf.data` 按数据分片）。\n两台机器之间必须开放端口（此处为 12345）。',
  },
};

export default readme;
