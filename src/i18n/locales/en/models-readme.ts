/** The English prose of the Keras export's README.md (its code stays as it is). */
const readme = {
  kerasReadme: {
    title: '{{name}}: Keras export',
    trainPy:
      '`train.py`: rebuilds the network in Keras, compiles it with the same\n  optimizer, learning rate and loss, and trains it.',
    data: '{{files}}: the data ({{description}}),\n  one row per sample: the input values, then the {{what}}.',
    whatClass: 'class index (`label`)',
    whatTarget: 'target values',
    oneDevice: 'One device',
    oneDeviceComment: 'the first GPU if there is one, else the CPU; writes model.keras',
    everyGpu: 'Every GPU of one machine',
    mirrored:
      '`tf.distribute.MirroredStrategy` keeps a copy of the model on each GPU and\nsplits every batch between them. The batch size ({{b}}) is per replica: with\n4 GPUs each step trains on {{b4}} samples (`{{b}} × strategy.num_replicas_in_sync`).\nRaise the learning rate with it if training is slower to converge.',
    cluster: 'A cluster of two workers',
    clusterText:
      'Copy this folder to both machines, then start `train.py` on each with its\nown `TF_CONFIG` (the same `cluster`, its own `task` index); training\nstarts when all workers are up. Worker 0 is the chief and writes\n`model.keras`.',
    onHost: 'on {{host}}',
    multiworker:
      '`tf.distribute.MultiWorkerMirroredStrategy` uses every GPU of every worker;\nthe global batch is {{b}} × the number of GPUs in all. Each worker reads the\nwhole CSV and keeps its share of each batch (`tf.data` sharding by data).\nThe port (12345 here) must be open between the machines.',
  },
} as const;

export default readme;
