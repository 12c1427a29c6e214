import type { SkillEntry } from '../../schema.js';

/**
 * The 66 contract skills (shared/contract/ids.json), whose ids and meaning are fixed; LABELLING.md says what each
 * covers. Ambiguity belongs to the surface form: "Golang" is safe, "Go" is exact-case and needs context.
 * Policies (schema.ts): safe = case-insensitive; context = a word in English too, needs technical context;
 * exact-case = letters and acronyms, exact case plus context; qualified = never alone.
 * `cues` are lower-case tokens that corroborate an ambiguous form when near it.
 * Named services of a vendor are aliases of the vendor (LABELLING: "aws also when an AWS service is named").
 * A function, not a constant, as extended.ts: the taxonomy is built on first use (defaultSkills), not at import.
 */
export function coreSkills(): SkillEntry[] {
  return [
    // ---------------------------------------------------------------- general (LABELLING rulings 2-9)
    {
      id: 'machine-learning', name: 'Machine Learning', category: 'general',
      aliases: [
        'machine-learning', 'machine learned', 'machine-learned', 'supervised learning', 'unsupervised learning',
        'semi-supervised learning', 'self-supervised learning',
        { form: 'ML', policy: 'exact-case' }, { form: 'AI/ML', policy: 'safe' }, { form: 'ML/AI', policy: 'safe' },
        'machine/deep learning', 'machine and deep learning', 'machine or deep learning',
        // Misspellings seen in postings (LABELLING rule 1 counts a skill however it is spelled).
        'machine leaning', 'machine learing', 'machine lerning', 'maching learning', 'machine earning',
      ],
      cues: ['models', 'model', 'algorithms', 'engineer', 'engineers', 'engineering', 'techniques', 'pipelines', 'ai', 'analytics', 'solutions', 'frameworks', 'platforms', 'libraries', 'methods', 'applications', 'research', 'systems', 'features', 'training', 'ops', 'deployment', 'workflows', 'projects', 'expertise', 'experience'],
      sharedAliases: ['AI/ML', 'ML/AI', 'machine/deep learning', 'machine and deep learning', 'machine or deep learning'],
    },
    {
      id: 'deep-learning', name: 'Deep Learning', category: 'general',
      aliases: [
        'deep-learning', 'neural network', 'neural networks', 'neural net', 'neural nets', 'artificial neural networks',
        'convolutional neural networks', 'recurrent neural networks', 'deep neural networks', 'graph neural networks',
        'convolutional networks', 'generative adversarial networks', 'long short-term memory',
        { form: 'CNN', policy: 'exact-case' }, { form: 'CNNs', policy: 'exact-case' },
        { form: 'RNN', policy: 'exact-case' }, { form: 'RNNs', policy: 'exact-case' },
        { form: 'LSTM', policy: 'safe' }, { form: 'LSTMs', policy: 'safe' },
        { form: 'GANs', policy: 'exact-case' }, { form: 'DNN', policy: 'exact-case' },
        { form: 'transformers', policy: 'context' }, { form: 'transformer models', policy: 'safe' },
        { form: 'transformer-based', policy: 'safe' }, { form: 'ANN', policy: 'exact-case' }, { form: 'ANNs', policy: 'exact-case' },
        'machine/deep learning', 'machine and deep learning', 'machine or deep learning',
      ],
      sharedAliases: ['machine/deep learning', 'machine and deep learning', 'machine or deep learning'],
      cues: ['bert', 'gpt', 'attention', 'neural', 'lstm', 'cnn', 'rnn', 'deep', 'models', 'architectures', 'pytorch', 'tensorflow', 'keras', 'nlp', 'learning', 'clustering', 'regression', 'algorithms'],
    },
    {
      id: 'natural-language-processing', name: 'Natural Language Processing', category: 'general',
      aliases: [
        'natural-language processing', 'natural language understanding', 'natural language generation',
        'text mining', 'text analytics', 'text analysis', 'computational linguistics', 'NLP', 'NLU',
      ],
    },
    {
      id: 'computer-vision', name: 'Computer Vision', category: 'general',
      aliases: [
        'machine vision', 'image processing', 'image recognition', 'image classification', 'image segmentation',
        'object detection', 'object recognition', 'vision-based models', 'vision based models',
        'facial recognition', 'face recognition',
      ],
    },
    {
      id: 'data-analysis', name: 'Data Analysis', category: 'general',
      aliases: [
        'data analyses', 'data analytics', 'analysis of data', 'analyses of data', 'analyze data', 'analyse data',
        'analyzing data', 'analysing data', 'analyzes data', 'analyses data', 'analyzed data', 'analysed data',
        'analyzing datasets', 'analyze datasets', 'analyzing data sets', 'analyze data sets', 'exploratory data analysis',
        'data analysis skills', 'big data analytics',
      ],
      sharedAliases: ['big data analytics'],
    },
    {
      id: 'statistics', name: 'Statistics', category: 'general',
      aliases: [
        'statistical', 'statistical analysis', 'statistical modeling', 'statistical modelling', 'statistical methods',
        'statistical models', 'statistical techniques', 'statistical software', 'statistical inference',
        'statistical learning', 'biostatistics', 'applied statistics',
      ],
    },
    {
      id: 'data-visualization', name: 'Data Visualization', category: 'general',
      aliases: [
        'data visualisation', 'data visualizations', 'data-visualization', 'visualization', 'visualisation',
        'visualizations', 'visualisations', 'visualize data', 'visualise data', 'visualizing data', 'visualising data',
        'data viz', 'dataviz', 'data vis',
      ],
    },
    {
      id: 'big-data', name: 'Big Data', category: 'general',
      aliases: ['big-data', 'big datasets', 'big data sets', 'bigdata', 'big data analytics'],
      sharedAliases: ['big data analytics'],
    },
    {
      id: 'reinforcement-learning', name: 'Reinforcement Learning', category: 'general',
      aliases: ['deep reinforcement learning', 'reinforcement-learning', { form: 'RL', policy: 'exact-case' }],
      cues: ['agents', 'agent', 'policy', 'reward', 'bandits', 'learning'],
    },

    // ---------------------------------------------------------------- languages
    { id: 'python', name: 'Python', category: 'language', aliases: ['Python3', 'Python 3', 'Python2', 'CPython', 'python programming', 'Phython', 'Pyhton', 'Pyton'] },
    {
      id: 'r', name: 'R', category: 'language', policy: 'exact-case',
      aliases: [
        { form: 'R programming', policy: 'safe' }, { form: 'R language', policy: 'safe' },
        { form: 'R programming language', policy: 'safe' }, { form: 'Rscript', policy: 'safe' },
        { form: 'RStudio', policy: 'safe' }, { form: 'R Shiny', policy: 'safe' }, { form: 'R Markdown', policy: 'safe' },
        { form: 'RMarkdown', policy: 'safe' }, { form: 'R-Studio', policy: 'safe' }, { form: 'R packages', policy: 'exact-case' },
      ],
      cues: ['rstudio', 'tidyverse', 'ggplot2', 'ggplot', 'dplyr', 'shiny', 'cran', 'markdown', 'packages', 'statistical', 'programming', 'scripts', 'code', 'language', 'languages'],
    },
    {
      id: 'sql', name: 'SQL', category: 'language',
      aliases: [
        'MySQL', 'PostgreSQL', 'PostGreSQL', 'SQL Server', 'MS SQL', 'MSSQL', 'T-SQL', 'TSQL', 'PL/SQL', 'PLSQL', 'SQLite',
        'U-SQL', 'Transact-SQL', 'SparkSQL', 'Spark SQL', 'Azure SQL', 'SQL queries', 'SLQ', 'Oracle SQL', 'ANSI SQL',
        'SQL Server Integration Services', 'SQL Server Reporting Services', 'SQL Server Analysis Services', 'Presto SQL',
        'Cloud SQL', 'SQL-based',
      ],
      sharedAliases: ['Spark SQL', 'SparkSQL', 'Azure SQL', 'Cloud SQL'],
    },
    {
      id: 'java', name: 'Java', category: 'language',
      aliases: ['Java SE', 'Java EE', 'J2EE', 'Core Java', 'Java 8', 'Java8', 'Java 11', 'Oracle Java'],
    },
    { id: 'cpp', name: 'C++', category: 'language', aliases: ['cpp', 'C plus plus', 'C++11', 'C++14', 'C++17', 'C++20', 'Visual C++'] },
    {
      id: 'c', name: 'C', category: 'language', policy: 'exact-case',
      aliases: [
        { form: 'C programming', policy: 'safe' }, { form: 'C language', policy: 'safe' }, { form: 'ANSI C', policy: 'safe' },
        { form: 'C99', policy: 'exact-case' }, { form: 'C11', policy: 'exact-case' }, { form: 'Embedded C', policy: 'safe' },
        { form: 'C programming language', policy: 'safe' },
      ],
      cues: ['gcc', 'posix', 'embedded', 'firmware', 'programming', 'language', 'languages', 'code', 'c++', 'c#'],
    },
    { id: 'csharp', name: 'C#', category: 'language', aliases: ['C Sharp', 'CSharp', 'C#.NET', 'Visual C#'] },
    { id: 'scala', name: 'Scala', category: 'language', aliases: ['Scala programming'] },
    {
      id: 'javascript', name: 'JavaScript', category: 'language',
      aliases: [
        'Javascript', 'TypeScript', 'Node.js', 'NodeJS', 'Node JS', 'ECMAScript', 'ES6', 'Vanilla JS',
        { form: 'JS', policy: 'exact-case' },
      ],
      cues: ['html', 'css', 'react', 'frontend', 'front-end', 'web'],
    },
    {
      id: 'go', name: 'Go', category: 'language', policy: 'exact-case',
      aliases: [
        { form: 'Golang', policy: 'safe' }, { form: 'Go language', policy: 'safe' }, { form: 'Go programming', policy: 'safe' },
        { form: 'Go lang', policy: 'safe' }, { form: 'GO', policy: 'exact-case' },
      ],
      cues: ['goroutines', 'grpc', 'microservices', 'programming', 'language', 'languages'],
    },
    {
      id: 'julia', name: 'Julia', category: 'language', policy: 'context',
      aliases: [{ form: 'Julia language', policy: 'safe' }, { form: 'JuliaLang', policy: 'safe' }, { form: 'Julia programming', policy: 'safe' }],
      cues: ['programming', 'language', 'languages'],
    },
    { id: 'matlab', name: 'MATLAB', category: 'language', aliases: ['Matlab', 'Simulink'] },
    {
      id: 'sas', name: 'SAS', category: 'language', policy: 'exact-case',
      aliases: [
        { form: 'SAS Base', policy: 'safe' }, { form: 'Base SAS', policy: 'safe' }, { form: 'SAS programming', policy: 'safe' },
        { form: 'SAS/STAT', policy: 'safe' }, { form: 'SAS/GRAPH', policy: 'safe' }, { form: 'SAS Enterprise Guide', policy: 'safe' },
        { form: 'SAS Enterprise Miner', policy: 'safe' }, { form: 'SAS Viya', policy: 'safe' }, { form: 'SAS Macro', policy: 'safe' },
        { form: 'SAS EG', policy: 'safe' }, { form: 'SAS programs', policy: 'exact-case' },
      ],
      cues: ['statistical', 'software', 'programming', 'spss', 'stata', 'macros', 'macro', 'analytics', 'platform', 'code', 'programs'],
    },
    {
      id: 'shell', name: 'Shell', category: 'language', policy: 'context',
      aliases: [
        { form: 'shell scripting', policy: 'safe' }, { form: 'shell script', policy: 'safe' }, { form: 'shell scripts', policy: 'safe' },
        { form: 'Unix shell', policy: 'safe' }, { form: 'Linux shell', policy: 'safe' }, { form: 'Bash', policy: 'safe' },
        { form: 'Bash scripting', policy: 'safe' }, { form: 'zsh', policy: 'safe' }, { form: 'ksh', policy: 'safe' },
        { form: 'command line', policy: 'safe' }, { form: 'command-line', policy: 'safe' }, { form: 'commandline', policy: 'safe' },
        { form: 'CLI', policy: 'exact-case' }, { form: 'shell programming', policy: 'safe' }, { form: 'Unix/Linux shell', policy: 'safe' },
        { form: 'Unix scripting', policy: 'safe' }, { form: 'Linux scripting', policy: 'safe' },
      ],
      cues: ['scripting', 'scripts', 'script', 'unix', 'linux', 'bash', 'commands', 'cron', 'tools'],
    },
    { id: 'perl', name: 'Perl', category: 'language', aliases: [] },
    { id: 'spss', name: 'SPSS', category: 'language', aliases: ['IBM SPSS', 'SPSS Modeler', 'SPSS Statistics'] },
    { id: 'stata', name: 'Stata', category: 'language', aliases: [] },

    // ---------------------------------------------------------------- deep-learning frameworks
    { id: 'tensorflow', name: 'TensorFlow', category: 'dl-framework', aliases: ['Tensor Flow', 'TensorFlow 2', 'TF2', 'TensorFlow.js', 'TFX', 'TensorFlow Lite'] },
    { id: 'pytorch', name: 'PyTorch', category: 'dl-framework', aliases: ['Py Torch', 'Torch7', 'LibTorch', 'PyTorch Lightning'] },
    { id: 'keras', name: 'Keras', category: 'dl-framework', aliases: [] },
    {
      id: 'caffe', name: 'Caffe', category: 'dl-framework', policy: 'context',
      aliases: [{ form: 'Caffe2', policy: 'safe' }],
      cues: ['tensorflow', 'pytorch', 'keras', 'theano', 'mxnet', 'torch', 'deep', 'frameworks'],
    },
    { id: 'mxnet', name: 'MXNet', category: 'dl-framework', aliases: ['Apache MXNet', 'MX Net', 'MX-Net'] },
    { id: 'theano', name: 'Theano', category: 'dl-framework', aliases: [] },
    {
      id: 'jax', name: 'JAX', category: 'dl-framework', policy: 'exact-case',
      aliases: [{ form: 'Flax', policy: 'exact-case' }],
      cues: ['tensorflow', 'pytorch', 'keras', 'numpy', 'deep', 'frameworks'],
    },

    // ---------------------------------------------------------------- ML libraries
    {
      id: 'scikit-learn', name: 'scikit-learn', category: 'ml-library',
      aliases: ['scikit learn', 'scikitlearn', 'sklearn', 'sci-kit learn', 'sci-kit-learn', 'scikit', 'sci kit learn', 'scikit-klearn'],
    },
    { id: 'pandas', name: 'pandas', category: 'ml-library', aliases: [] },
    { id: 'numpy', name: 'NumPy', category: 'ml-library', aliases: ['Num Py'] },
    { id: 'scipy', name: 'SciPy', category: 'ml-library', aliases: ['Sci Py'] },
    { id: 'xgboost', name: 'XGBoost', category: 'ml-library', aliases: ['XG Boost', 'xgb'] },
    { id: 'spacy', name: 'spaCy', category: 'ml-library', aliases: [] },
    { id: 'nltk', name: 'NLTK', category: 'ml-library', aliases: ['Natural Language Toolkit'] },
    { id: 'opencv', name: 'OpenCV', category: 'ml-library', aliases: ['Open CV', 'cv2'] },

    // ---------------------------------------------------------------- big data
    {
      id: 'spark', name: 'Spark', category: 'big-data', policy: 'context',
      aliases: [
        { form: 'Apache Spark', policy: 'safe' }, { form: 'PySpark', policy: 'safe' }, { form: 'Spark SQL', policy: 'safe' },
        { form: 'SparkSQL', policy: 'safe' }, { form: 'Spark Streaming', policy: 'safe' }, { form: 'Spark MLlib', policy: 'safe' },
        { form: 'MLlib', policy: 'safe' }, { form: 'SparkR', policy: 'safe' }, { form: 'Spark ML', policy: 'safe' },
        { form: 'Spark Structured Streaming', policy: 'safe' }, { form: 'Spark clusters', policy: 'safe' },
        { form: 'Spark jobs', policy: 'safe' }, { form: 'Spark Scala', policy: 'safe' },
      ],
      cues: ['hadoop', 'databricks', 'scala', 'kafka', 'hive', 'hdfs', 'cluster', 'clusters', 'distributed', 'pyspark', 'mapreduce', 'emr', 'yarn'],
      sharedAliases: ['Spark SQL', 'SparkSQL'],
    },
    { id: 'hadoop', name: 'Hadoop', category: 'big-data', aliases: ['Apache Hadoop', 'HDFS', 'Hadoop ecosystem'] },
    {
      id: 'hive', name: 'Hive', category: 'big-data', policy: 'context',
      aliases: [
        { form: 'Apache Hive', policy: 'safe' }, { form: 'HiveQL', policy: 'safe' }, { form: 'Hive SQL', policy: 'safe' },
        { form: 'Hive metastore', policy: 'safe' }, { form: 'HQL', policy: 'exact-case' },
      ],
      cues: ['hadoop', 'hdfs', 'spark', 'pig', 'impala', 'presto', 'hbase', 'tables', 'queries', 'sqoop'],
    },
    { id: 'kafka', name: 'Kafka', category: 'big-data', aliases: ['Apache Kafka', 'Kafka Streams', 'Confluent Kafka'] },
    {
      id: 'pig', name: 'Pig', category: 'big-data', policy: 'context',
      aliases: [{ form: 'Apache Pig', policy: 'safe' }, { form: 'Pig Latin', policy: 'safe' }],
      cues: ['hadoop', 'hive', 'hdfs', 'hbase', 'mapreduce', 'sqoop', 'oozie', 'spark'],
    },
    { id: 'hbase', name: 'HBase', category: 'big-data', aliases: ['Apache HBase'] },
    { id: 'flink', name: 'Flink', category: 'big-data', aliases: ['Apache Flink', 'PyFlink', 'Flink SQL'] },
    { id: 'mapreduce', name: 'MapReduce', category: 'big-data', aliases: ['Map Reduce', 'Map-Reduce', 'Map/Reduce'] }, // not 'Hadoop MapReduce': that names Hadoop too
    {
      id: 'airflow', name: 'Airflow', category: 'big-data', policy: 'context',
      aliases: [{ form: 'Apache Airflow', policy: 'safe' }, { form: 'Airflow DAGs', policy: 'safe' }, { form: 'Cloud Composer', policy: 'safe' }],
      sharedAliases: ['Cloud Composer'],
      cues: ['dags', 'dag', 'luigi', 'prefect', 'orchestration', 'etl', 'pipelines', 'workflow', 'workflows', 'scheduling'],
    },
    { id: 'databricks', name: 'Databricks', category: 'big-data', aliases: ['Azure Databricks', 'Data Bricks'], sharedAliases: ['Azure Databricks'] },
    {
      id: 'snowflake', name: 'Snowflake', category: 'big-data', policy: 'context',
      aliases: [{ form: 'Snowflake DB', policy: 'safe' }, { form: 'SnowSQL', policy: 'safe' }, { form: 'Snowflake data warehouse', policy: 'safe' }],
      cues: ['redshift', 'bigquery', 'warehouse', 'dbt', 'databricks', 'sql'],
    },

    // ---------------------------------------------------------------- cloud
    {
      id: 'aws', name: 'AWS', category: 'cloud',
      aliases: [
        'Amazon Web Services', 'Amazon AWS', 'S3', 'Amazon S3', 'AWS S3', 'EC2', 'Amazon EC2', 'SageMaker', 'Sage Maker',
        'Redshift', 'Amazon Redshift', 'AWS Lambda', 'AWS Glue', 'Amazon Athena', 'Kinesis', 'DynamoDB', 'Dynamo DB',
        'CloudFormation', 'CloudWatch', 'Amazon EMR', 'AWS EMR', 'Elastic MapReduce', 'Amazon RDS', 'AWS RDS', 'Amazon Aurora',
        'Amazon SageMaker', 'AWS SageMaker', 'Amazon Kinesis', 'AWS Batch', 'Step Functions', 'AWS Step Functions',
        'Amazon QuickSight', 'QuickSight', 'AWS cloud', 'Amazon Comprehend', 'Amazon Rekognition', 'AWS Fargate', 'Amazon ECS',
        'Amazon EKS', 'AWS IAM', 'Amazon DynamoDB', 'AWS Kinesis', 'AWS Athena', 'AWS Redshift',
        { form: 'EMR', policy: 'exact-case' }, { form: 'RDS', policy: 'exact-case' }, { form: 'Lambda', policy: 'exact-case' },
        { form: 'Glue', policy: 'exact-case' }, { form: 'ECS', policy: 'exact-case' }, { form: 'EKS', policy: 'exact-case' },
        { form: 'Aurora', policy: 'exact-case' }, { form: 'Athena', policy: 'exact-case' },
      ],
      cues: ['aws', 's3', 'ec2', 'redshift', 'athena', 'kinesis', 'amazon', 'cloud', 'sagemaker', 'dynamodb'],
    },
    {
      id: 'gcp', name: 'GCP', category: 'cloud', policy: 'exact-case',
      aliases: [
        { form: 'Google Cloud', policy: 'safe' }, { form: 'Google Cloud Platform', policy: 'safe' }, { form: 'BigQuery', policy: 'safe' },
        { form: 'Big Query', policy: 'safe' }, { form: 'Google BigQuery', policy: 'safe' }, { form: 'Google Cloud Storage', policy: 'safe' },
        { form: 'Dataproc', policy: 'safe' }, { form: 'Google Dataflow', policy: 'safe' }, { form: 'Cloud Dataflow', policy: 'safe' },
        { form: 'Vertex AI', policy: 'safe' }, { form: 'Google Compute Engine', policy: 'safe' }, { form: 'Google Kubernetes Engine', policy: 'safe' },
        { form: 'Google Compute', policy: 'safe' }, { form: 'GKE', policy: 'exact-case' },
        { form: 'Cloud Composer', policy: 'safe' },
        { form: 'Google', policy: 'context' },
      ],
      cues: ['cloud', 'aws', 'azure', 'bigquery'],
      sharedAliases: ['Cloud Composer'],
    },
    {
      id: 'azure', name: 'Azure', category: 'cloud',
      aliases: [
        'Microsoft Azure', 'MS Azure', 'Azure ML', 'Azure Machine Learning', 'Azure Data Factory', 'Azure Data Lake', 'Azure Synapse',
        'Azure Databricks', 'Azure SQL', 'Azure DevOps', 'Azure Functions', 'Azure Blob Storage', 'Cosmos DB', 'CosmosDB',
        'HDInsight', 'Azure Cognitive Services', 'Azure Cloud',
      ],
      sharedAliases: ['Azure Databricks', 'Azure SQL'],
    },

    // ---------------------------------------------------------------- visualization
    { id: 'tableau', name: 'Tableau', category: 'visualization', aliases: ['Tableau Desktop', 'Tableau Server', 'Tableau Prep'] },
    {
      id: 'power-bi', name: 'Power BI', category: 'visualization',
      aliases: ['PowerBI', 'Power-BI', 'MS Power BI', 'Microsoft Power BI', 'Power BI Desktop', 'PowerBI Desktop'],
    },
    { id: 'looker', name: 'Looker', category: 'visualization', aliases: ['LookML', 'Looker Studio', 'Google Looker'] },
    { id: 'qlik', name: 'Qlik', category: 'visualization', aliases: ['QlikView', 'Qlik View', 'Qlik Sense', 'QlikSense', 'qikview', 'ClickView', 'Click View', 'Qliksense'] },
    {
      id: 'd3', name: 'D3', category: 'visualization', policy: 'exact-case',
      aliases: [{ form: 'D3.js', policy: 'safe' }, { form: 'd3js', policy: 'safe' }, { form: 'Data-Driven Documents', policy: 'safe' }, { form: 'd3', policy: 'exact-case' }],
      cues: ['javascript', 'js', 'visualization', 'visualizations', 'charts', 'tableau', 'ggplot', 'plotly', 'html', 'css'],
    },
    { id: 'matplotlib', name: 'matplotlib', category: 'visualization', aliases: ['pyplot'] },
    { id: 'ggplot2', name: 'ggplot2', category: 'visualization', aliases: ['ggplot'] },
    {
      id: 'excel', name: 'Excel', category: 'visualization', policy: 'context',
      aliases: [
        { form: 'Microsoft Excel', policy: 'safe' }, { form: 'MS Excel', policy: 'safe' }, { form: 'MSExcel', policy: 'safe' },
        { form: 'Excel spreadsheets', policy: 'safe' }, { form: 'Excel VBA', policy: 'safe' }, 
        { form: 'Excel macros', policy: 'safe' }, { form: 'Excel pivot tables', policy: 'safe' }, { form: 'Excel formulas', policy: 'safe' },
        { form: 'Excel skills', policy: 'safe' },
      ],
      cues: ['pivot', 'vlookup', 'spreadsheets', 'spreadsheet', 'macros', 'vba', 'powerpoint', 'word', 'outlook', 'office', 'access', 'formulas', 'tables'],
    },

    // ---------------------------------------------------------------- devops
    {
      id: 'git', name: 'Git', category: 'devops',
      aliases: ['GitHub', 'GitLab', 'Git Hub', 'Git Lab', 'version control', 'source control', 'source code control', 'version-controlled', 'Git-Flow', 'GitFlow', 'GitHub Actions', 'version-control', 'source-control'],
    },
    { id: 'docker', name: 'Docker', category: 'devops', aliases: ['Docker containers', 'Dockerfile', 'Docker Compose', 'docker-compose'] },
    { id: 'kubernetes', name: 'Kubernetes', category: 'devops', aliases: ['K8s', 'kubectl', 'Kubernetes (K8s)'] },
  ];
}
