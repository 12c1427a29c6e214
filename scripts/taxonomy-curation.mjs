/**
 * The hand-curated overlay that scripts/build-taxonomy.mjs applies to the open sources. Judgement lives here:
 * which skills jobsift knows beyond the contract ones, under which short id, name and category, with which extra
 * aliases and matching policies. The script adds source aliases (O*NET vendor names, github/explore and linguist
 * variants), applies shared/taxonomy-sources/ambiguous-terms.json, drops anything core.ts claims, and writes
 * src/taxonomy/data/extended.ts and src/packs/data/onet-technology.json.
 *
 * Row format of the tables below, one skill per line:  id | Name | alias; alias; ... | options
 * - An alias is a safe form unless it ends in a marker: `?` context, `^` exact-case, `~` qualified.
 * - Options: `p:<policy>` the policy of the bare name (default safe; context / exact-case / qualified),
 *   `imp:<id>,<id>` skills this one implies (a cloud service implies its cloud), `cue:<word> <word>` corroborating
 *   words for ambiguous forms.
 * - A one-word form that is an ordinary English word (or a first name) is never left safe: the script demotes it
 *   to `context` unless it is listed in SAFE_DESPITE_WORD.
 * Lines starting with # are comments.
 */

export const CURATED = {
  language: `
# languages beyond the contract ones (linguist adds more; these carry curated aliases and policies)
kotlin | Kotlin |  |
swift | Swift | Swift programming; Swift language; SwiftUI; Swift 5 | p:context cue:ios xcode objective-c uikit apple mobile
objective-c | Objective-C | Obj-C; ObjC; ObjectiveC |
rust | Rust | Rust programming language; Rust lang; rust-lang; Rust programming | p:context cue:systems cargo tokio memory wasm
ruby | Ruby | Ruby programming; Ruby language | p:context cue:rails gems rspec
php | PHP | PHP programming; PHP 7; PHP 8 |
elixir | Elixir | Elixir language; Elixir programming | p:context cue:erlang phoenix otp beam
erlang | Erlang | Erlang/OTP |
haskell | Haskell | GHC^ |
clojure | Clojure | ClojureScript |
fsharp | F# | FSharp; F Sharp |
ocaml | OCaml |  |
lua | Lua | Lua scripting | p:context cue:scripting nginx luajit
dart | Dart | Dart language; Dart programming; dart-lang | p:context cue:flutter mobile
groovy | Groovy | Apache Groovy; Groovy scripting | p:context cue:jenkins gradle grails java
visual-basic | Visual Basic | VB.NET; Visual Basic .NET; Microsoft Visual Basic; VB^ |
vba | VBA | Visual Basic for Applications; Microsoft Visual Basic for Applications; Excel VBA macros; VBA macros |
vbscript | VBScript | VB Script |
powershell | PowerShell | Power Shell; Microsoft PowerShell; PowerShell scripting; pwsh |
fortran | Fortran | FORTRAN 77; Fortran 90 |
cobol | COBOL |  |
assembly | Assembly language | assembler language; assembly programming; x86 assembly; ARM assembly; Assembly? | cue:embedded firmware c low-level
abap | ABAP | SAP ABAP |
apex | Apex | Salesforce Apex | p:context cue:salesforce visualforce
sas-macro | SAS Macro Language | SAS macros | imp:sas
delphi | Delphi | Object Pascal; Embarcadero Delphi | p:context cue:pascal programming
pascal | Pascal | Free Pascal; Pascal programming | p:context cue:delphi programming
lisp | Lisp | Common Lisp; Emacs Lisp |
scheme | Scheme | Scheme programming; Racket | p:qualified
prolog | Prolog |  |
ada | Ada | Ada programming; Ada 95; Ada 2012; SPARK Ada | p:exact-case cue:embedded avionics programming
smalltalk | Smalltalk |  |
solidity | Solidity | Solidity programming | p:context cue:ethereum blockchain smart contracts
verilog | Verilog | SystemVerilog |
vhdl | VHDL |  |
labview | LabVIEW | NI LabVIEW; National Instruments LabVIEW |
plpgsql | PL/pgSQL |  | imp:sql
wolfram-language | Wolfram Language | Mathematica; Wolfram Mathematica |
octave | GNU Octave | Octave? | cue:matlab
awk | AWK | gawk | p:exact-case cue:sed grep unix shell
sed | sed | sed scripting | p:qualified
cuda | CUDA | CUDA C; CUDA programming; NVIDIA CUDA |
opencl | OpenCL |  |
html | HTML | HTML5; HTML 5; XHTML; Hypertext markup language; Hypertext markup language HTML |
css | CSS | CSS3; Cascading style sheets; Cascading style sheets CSS |
sass | Sass | SCSS | p:context cue:css less
less-css | Less CSS | LESS~ | p:qualified
xml | XML | Extensible markup language; Extensible markup language XML |
json | JSON | JavaScript Object Notation; JavaScript Object Notation JSON | noimp:javascript
yaml | YAML |  |
xslt | XSLT | XSL; XPath; XQuery |
graphql | GraphQL |  |
markdown | Markdown |  |
latex | LaTeX |  |
coffeescript | CoffeeScript | Coffee Script |
elm | Elm | Elm language; elm-lang | p:qualified
zig | Zig | Zig language | p:qualified
nim | Nim | Nim language; nim-lang | p:qualified
crystal | Crystal | Crystal language; crystal-lang | p:qualified
mojo | Mojo | Mojo language | p:qualified
`,

  'dl-framework': `
paddlepaddle | PaddlePaddle | Paddle Paddle |
cntk | Microsoft Cognitive Toolkit | CNTK |
onnx | ONNX | ONNX Runtime; Open Neural Network Exchange |
tensorrt | TensorRT | NVIDIA TensorRT |
hugging-face | Hugging Face | HuggingFace; Hugging Face Transformers; HuggingFace Transformers; Transformers library |
deeplearning4j | Deeplearning4j | DL4J |
chainer | Chainer |  | p:context cue:deep tensorflow pytorch
fastai | fastai | fast.ai |
lasagne | Lasagne |  | p:qualified
sonnet | DeepMind Sonnet |  |
torchvision | torchvision |  |
detectron | Detectron2 | Detectron |
yolo | YOLO | YOLOv5; YOLOv8; You Only Look Once | p:exact-case cue:detection object vision
`,

  'ml-library': `
lightgbm | LightGBM | Light GBM |
catboost | CatBoost | Cat Boost |
statsmodels | statsmodels | stats models |
gensim | Gensim |  |
h2o | H2O.ai | H2O; H2O AI; H2O Driverless AI |
# weka: left out while test/taxonomy/custom.test.ts uses Weka as its example of a skill the default lacks
mahout | Mahout | Apache Mahout | p:context cue:hadoop spark machine
dask | Dask | Dask distributed |
polars | Polars |  | p:context cue:pandas python dataframes
seaborn | seaborn |  |
plotly | Plotly | Plotly Dash; plotly.js |
bokeh | Bokeh |  |
altair | Altair | Vega-Altair | p:qualified
dplyr | dplyr |  |
tidyverse | tidyverse | tidyr; tidy verse |
caret | caret | caret package | p:qualified
shiny | Shiny | Shiny apps | p:context cue:r dashboards rstudio
posit | Posit | RStudio Connect; Posit Connect | p:context cue:rstudio r shiny
stan | Stan | PyStan; RStan; CmdStan | p:qualified
pymc | PyMC | PyMC3; PyMC4 |
prophet | Prophet | Facebook Prophet; fbprophet | p:context cue:forecasting time series
sympy | SymPy |  |
numba | Numba |  |
cython | Cython |  |
networkx | NetworkX |  |
spark-nlp | Spark NLP | SparkNLP; John Snow Labs |
sentence-transformers | sentence-transformers | SentenceTransformers; Sentence Transformers |
langchain | LangChain | Lang Chain |
llamaindex | LlamaIndex | Llama Index; GPT Index |
openai-api | OpenAI API | OpenAI; GPT-3; GPT-4; ChatGPT; GPT-3.5 |
bert | BERT | RoBERTa; DistilBERT | p:exact-case cue:nlp transformers language embeddings
word2vec | word2vec | word 2 vec; GloVe; fastText |
corenlp | Stanford CoreNLP | CoreNLP; Stanford NLP |
textblob | TextBlob |  |
pillow | Pillow | PIL^ |
scikit-image | scikit-image | skimage | noimp:scikit-learn
imbalanced-learn | imbalanced-learn | imblearn |
optuna | Optuna |  |
hyperopt | Hyperopt |  |
shap | SHAP | SHAP values | p:exact-case cue:interpretability explainability lime models
lime | LIME | p:qualified
gym | OpenAI Gym | Gymnasium |
vowpal-wabbit | Vowpal Wabbit | VW^ |
libsvm | LIBSVM | LIBLINEAR |
rapids | RAPIDS | cuDF; cuML | p:exact-case cue:gpu nvidia pandas
jupyter | Jupyter | Jupyter Notebook; Jupyter Notebooks; JupyterLab; Jupyter Lab; IPython; iPython notebooks |
beautifulsoup | Beautiful Soup | BeautifulSoup; bs4 |
scrapy | Scrapy |  |
selenium-webdriver | Selenium | Selenium WebDriver; Selenium IDE; Selenium Grid | p:context cue:testing automation webdriver scraping
requests-lib | Python Requests | requests library |
sqlalchemy | SQLAlchemy |  | imp:sql
pydantic | Pydantic |  |
pyarrow | Apache Arrow | PyArrow; Arrow Flight |
tesseract | Tesseract | Tesseract OCR |
`,

  'big-data': `
apache-storm | Apache Storm | Storm~ |
apache-beam | Apache Beam | Beam SDK; Beam~ |
apache-samza | Apache Samza | Samza |
apache-drill | Apache Drill | Drill~ |
impala | Impala | Apache Impala; Cloudera Impala | p:context cue:hadoop hive hdfs hbase sql
presto | Presto | PrestoDB; Trino; Starburst | p:context cue:hive spark sql athena hadoop
sqoop | Sqoop | Apache Sqoop |
oozie | Oozie | Apache Oozie |
flume | Flume | Apache Flume | p:context cue:hadoop kafka sqoop hdfs
zookeeper | ZooKeeper | Apache ZooKeeper |
yarn-hadoop | YARN | Apache YARN; Hadoop YARN | p:exact-case cue:hadoop spark hdfs mapreduce cluster
tez | Apache Tez | Tez~ |
kudu | Apache Kudu | Kudu |
accumulo | Accumulo | Apache Accumulo |
nifi | NiFi | Apache NiFi |
pulsar | Apache Pulsar | Pulsar~ |
cloudera | Cloudera | Cloudera CDH; CDH^; Cloudera Data Platform; Cloudera Manager |
hortonworks | Hortonworks | HDP^; Hortonworks Data Platform |
mapr | MapR | MapR-FS |
kafka-connect | Kafka Connect | Kafka Connectors |
ksqldb | ksqlDB | KSQL | imp:sql,kafka
confluent | Confluent Platform | Confluent Cloud |
rabbitmq | RabbitMQ | Rabbit MQ |
activemq | ActiveMQ | Apache ActiveMQ |
ray | Ray | Ray Tune; Ray Serve; Ray RLlib; Anyscale | p:qualified
gpu-computing | GPU computing | GPU programming; GPGPU |
mpi | MPI | Message Passing Interface; OpenMP | p:exact-case cue:parallel hpc cluster fortran c++
hpc | High-Performance Computing | HPC^; high performance computing; supercomputing |
distributed-computing | Distributed Computing | distributed systems; distributed processing; parallel computing; parallel processing |
stream-processing | Stream Processing | streaming data; real-time data processing; real-time streaming; event streaming; stream processing frameworks |
`,

  database: `
nosql | NoSQL | NoSQL databases; non-relational databases |
mongodb | MongoDB | Mongo DB; Mongo? | cue:nosql database
cassandra | Cassandra | Apache Cassandra; DataStax | p:context cue:nosql database hbase mongodb
redis | Redis | Redis Cache |
elasticsearch | Elasticsearch | Elastic Search; ElasticSearch; ELK Stack; ELK^; OpenSearch; Amazon OpenSearch |
solr | Solr | Apache Solr |
lucene | Lucene | Apache Lucene |
neo4j | Neo4j | Neo4J; Cypher query language |
oracle-database | Oracle Database | Oracle DB; Oracle RDBMS; Oracle 12c; Oracle 19c; Oracle Exadata; Oracle? | cue:database sql pl dba
teradata | Teradata | Teradata Database; Teradata SQL; Teradata Vantage |
vertica | Vertica | HP Vertica |
greenplum | Greenplum |  |
netezza | Netezza | IBM Netezza; IBM PureData |
db2 | DB2 | IBM DB2; IBM Db2 |
sybase | Sybase | SAP ASE; Sybase IQ |
ms-access | Microsoft Access | MS Access; Access database; Access databases; Access VBA; Access~ |
mariadb | MariaDB |  |
couchbase | Couchbase |  |
couchdb | CouchDB | Apache CouchDB |
apache-phoenix | Apache Phoenix |  |
memcached | Memcached |  |
influxdb | InfluxDB |  |
timescaledb | TimescaleDB |  |
clickhouse | ClickHouse |  |
druid | Apache Druid | Druid~ |
pinot | Apache Pinot |  |
singlestore | SingleStore | MemSQL |
cockroachdb | CockroachDB |  |
firebase | Firebase | Firebase Realtime Database; Firestore; Cloud Firestore |
exasol | Exasol |  |
sap-hana | SAP HANA | HANA^ |
informix | Informix | IBM Informix |
filemaker | FileMaker | Claris FileMaker |
graph-databases | Graph Databases | graph database; graph DB; TigerGraph; Amazon Neptune; JanusGraph; ArangoDB |
vector-databases | Vector Databases | vector database; Pinecone; FAISS; Milvus; Weaviate; Chroma DB; pgvector |
relational-databases | Relational Databases | relational database; RDBMS; relational database management systems |
data-warehousing | Data Warehousing | data warehouse; data warehouses; enterprise data warehouse; EDW^; data warehouse design |
data-lakes | Data Lakes | data lake; data lakehouse; lakehouse |
data-modeling | Data Modeling | data modelling; dimensional modeling; dimensional modelling; star schema; Kimball; data models~ |
database-design | Database Design | database administration; DBA^; database management; database tuning; query optimization |
olap | OLAP | OLAP cubes; SSAS^; multidimensional cubes |
`,

  'data-engineering': `
dbt | dbt | data build tool; dbt Cloud; dbt Core | p:context cue:snowflake sql models warehouse airflow
etl | ETL | ETL pipelines; ETL processes; ETL tools; ELT^; extract transform load; extract, transform, load |
data-pipelines | Data Pipelines | data pipeline; data pipelining; pipeline development~ |
informatica | Informatica | Informatica PowerCenter; PowerCenter; Informatica Cloud; IICS; Informatica software |
talend | Talend | Talend Open Studio |
ssis | SSIS | Microsoft SQL Server Integration Services SSIS |
alteryx | Alteryx | Alteryx Designer; Alteryx software |
fivetran | Fivetran |  |
stitch | Stitch Data | Stitch ETL |
matillion | Matillion |  |
airbyte | Airbyte |  |
luigi | Luigi | Spotify Luigi | p:context cue:airflow pipelines workflow python
prefect | Prefect | Prefect workflows | p:context cue:airflow dagster pipelines orchestration
dagster | Dagster |  |
azkaban | Azkaban |  | p:context cue:hadoop oozie airflow
datastage | DataStage | IBM DataStage; IBM InfoSphere DataStage; InfoSphere |
ab-initio | Ab Initio |  | p:context cue:etl informatica datastage
pentaho | Pentaho | Pentaho Data Integration; Kettle^ |
odi | Oracle Data Integrator | ODI^ |
sap-bods | SAP Data Services | SAP BODS; BODS^ |
boomi | Boomi | Dell Boomi |
mulesoft | MuleSoft | Mule ESB |
apache-camel | Apache Camel |  |
debezium | Debezium |  |
great-expectations | Great Expectations |  | p:context cue:data quality dbt pipelines
data-quality | Data Quality | data quality checks; data validation; data cleansing; data cleaning; data wrangling; data munging; data integrity |
data-governance | Data Governance | data stewardship; master data management; MDM^; metadata management; data lineage; data catalog |
collibra | Collibra |  |
alation | Alation |  |
delta-lake | Delta Lake |  |
apache-iceberg | Apache Iceberg | Iceberg tables |
apache-hudi | Apache Hudi | Hudi |
parquet | Parquet | Apache Parquet; Parquet files |
avro | Avro | Apache Avro |
orc | ORC files | Apache ORC |
protobuf | Protocol Buffers | protobuf |
change-data-capture | Change Data Capture | CDC~ |
data-integration | Data Integration | data ingestion; data migration |
web-scraping | Web Scraping | web crawling; screen scraping; web scrapers |
`,

  mlops: `
mlflow | MLflow | ML Flow |
kubeflow | Kubeflow | Kubeflow Pipelines |
mlops | MLOps | ML Ops; machine learning operations |
dvc | DVC | Data Version Control | noimp:git p:exact-case cue:mlflow git data versioning
weights-and-biases | Weights & Biases | Weights and Biases; wandb; W&B^ |
comet-ml | Comet ML | Comet.ml |
neptune-ai | Neptune.ai |  |
seldon | Seldon Core | Seldon |
bentoml | BentoML |  |
kserve | KServe | KFServing |
triton | Triton Inference Server | NVIDIA Triton |
tensorflow-serving | TensorFlow Serving | TF Serving |
torchserve | TorchServe |  |
feast | Feast | Feast feature store | p:qualified
feature-store | Feature Stores | feature store; Tecton |
datarobot | DataRobot | Data Robot |
dataiku | Dataiku | Dataiku DSS |
knime | KNIME | KNIME Analytics Platform |
rapidminer | RapidMiner | Rapid Miner |
domino | Domino Data Lab | Domino Data Science Platform |
azure-ml-studio | Azure ML Studio | Azure Machine Learning Studio | imp:azure
google-automl | AutoML | Google AutoML; Auto ML; automated machine learning |
model-deployment | Model Deployment | deploying models; deploy models; model serving; productionizing models; productionize models; models in production |
model-monitoring | Model Monitoring | model drift; data drift; model governance |
ab-testing | A/B Testing | AB testing; A/B tests; A/B test; split testing; multivariate testing; online experiments; online experimentation |
experiment-tracking | Experiment Tracking | experiment management |
`,

  devops: `
jenkins | Jenkins | Jenkins CI; Jenkins pipelines; Jenkinsfile | p:context cue:ci cd git maven docker pipelines
terraform | Terraform | HashiCorp Terraform; IBM Terraform; Terraform Cloud |
ansible | Ansible | Ansible software; Red Hat Ansible; Ansible playbooks |
chef | Chef | Chef Infra; Opscode Chef; Chef cookbooks | p:context cue:puppet ansible configuration devops
puppet | Puppet | Puppet Enterprise; Puppet manifests | p:context cue:chef ansible configuration devops
saltstack | SaltStack | Salt Stack |
ci-cd | CI/CD | CI / CD; CICD; continuous integration; continuous delivery; continuous deployment; continuous integration and delivery |
devops-practice | DevOps | Dev Ops; DevSecOps |
circleci | CircleCI | Circle CI |
travis-ci | Travis CI |  |
gitlab-ci | GitLab CI | GitLab CI/CD |
teamcity | TeamCity |  |
bamboo | Bamboo | Atlassian Bamboo | p:context cue:jira jenkins confluence bitbucket
argo | Argo CD | ArgoCD; Argo Workflows |
helm | Helm | Helm charts | p:context cue:kubernetes k8s charts docker
openshift | OpenShift | Red Hat OpenShift |
docker-swarm | Docker Swarm |  |
mesos | Apache Mesos | Mesos; Marathon~ |
nomad | HashiCorp Nomad |  |
vagrant | Vagrant |  |
packer | HashiCorp Packer | Packer~ |
vault | HashiCorp Vault |  |
consul | HashiCorp Consul |  |
istio | Istio |  |
prometheus | Prometheus |  | p:context cue:grafana monitoring kubernetes alerting
grafana | Grafana |  |
datadog | Datadog | Data Dog |
new-relic | New Relic | NewRelic |
splunk | Splunk | Splunk Enterprise |
nagios | Nagios |  |
zabbix | Zabbix |  |
elk-kibana | Kibana |  |
logstash | Logstash |  |
pagerduty | PagerDuty |  |
maven | Maven | Apache Maven | p:context cue:java gradle ant jenkins build
gradle | Gradle |  |
apache-ant | Apache Ant | Ant~ |
make | GNU Make | Makefiles; makefile; CMake |
bazel | Bazel |  |
npm | npm | Yarn package manager | p:exact-case cue:node javascript packages webpack
webpack | webpack |  |
nginx | NGINX |  |
apache-http | Apache HTTP Server | httpd; Apache web server |
tomcat | Apache Tomcat | Tomcat? | cue:java jboss weblogic websphere
jboss | JBoss | WildFly; Red Hat JBoss |
weblogic | WebLogic | Oracle WebLogic |
websphere | WebSphere | IBM WebSphere; IBM WebSphere MQ; WebSphere MQ; IBM MQ |
svn | Subversion | SVN; Apache Subversion; Apache Subversion SVN |
mercurial | Mercurial |  | p:context cue:git svn version
perforce | Perforce | Helix Core |
bitbucket | Bitbucket | Atlassian Bitbucket; Bit Bucket |
tfs | Team Foundation Server | TFS^; Microsoft Team Foundation Server |
azure-pipelines | Azure Pipelines | imp:azure
infrastructure-as-code | Infrastructure as Code | IaC^; infrastructure-as-code |
containers | Containerization | containerisation; containerized applications; containers~ |
microservices | Microservices | micro services; microservice architecture; microservices architecture |
serverless | Serverless | serverless architecture; serverless computing; Serverless Framework |
site-reliability | Site Reliability Engineering | SRE^ |
monitoring-observability | Observability | OpenTelemetry; distributed tracing |
`,

  cloud: `
oracle-cloud | Oracle Cloud | Oracle Cloud Infrastructure; OCI^; Oracle Cloud software |
ibm-cloud | IBM Cloud | IBM Bluemix; Bluemix |
alibaba-cloud | Alibaba Cloud | Aliyun |
digitalocean | DigitalOcean | Digital Ocean |
heroku | Heroku |  |
salesforce-cloud | Salesforce Platform | Force.com |
vmware | VMware | VMware vSphere; vSphere; ESXi; VMware ESXi |
openstack | OpenStack |  |
cloud-computing | Cloud Computing | cloud platforms; cloud environments; cloud infrastructure; cloud technologies; cloud services; cloud-based platforms; cloud architecture |
multi-cloud | Hybrid Cloud | multi-cloud; hybrid cloud environments |
`,

  'cloud-service': `
# AWS (core.ts owns S3, EC2, SageMaker, Redshift, EMR, Glue, Athena, Kinesis, Lambda, DynamoDB, RDS... as aliases of aws)
aws-sqs | Amazon SQS | AWS SQS; Simple Queue Service | imp:aws
aws-sns | Amazon SNS | AWS SNS; Simple Notification Service | imp:aws
aws-api-gateway | Amazon API Gateway | AWS API Gateway | imp:aws
aws-cloudfront | Amazon CloudFront | CloudFront | imp:aws
aws-route53 | Amazon Route 53 | Route 53; Route53 | imp:aws
aws-vpc | Amazon VPC | AWS VPC | imp:aws
aws-elasticache | Amazon ElastiCache | ElastiCache | imp:aws
aws-neptune | Amazon Neptune graph | AWS Neptune | imp:aws
aws-lake-formation | AWS Lake Formation | Lake Formation | imp:aws
aws-msk | Amazon MSK | Amazon Managed Streaming for Apache Kafka; AWS MSK | imp:aws,kafka
aws-elastic-beanstalk | AWS Elastic Beanstalk | Elastic Beanstalk | imp:aws
aws-codepipeline | AWS CodePipeline | CodePipeline; AWS CodeBuild; CodeBuild; AWS CodeDeploy; CodeDeploy; AWS CodeCommit; CodeCommit | imp:aws
aws-lex | Amazon Lex | AWS Lex | imp:aws
aws-polly | Amazon Polly | AWS Polly | imp:aws
aws-textract | Amazon Textract | Textract; AWS Textract | imp:aws
aws-transcribe | Amazon Transcribe | AWS Transcribe | imp:aws
aws-translate | Amazon Translate | AWS Translate | imp:aws
aws-forecast | Amazon Forecast | AWS Forecast | imp:aws
aws-personalize | Amazon Personalize | AWS Personalize | imp:aws
aws-bedrock | Amazon Bedrock | AWS Bedrock | imp:aws
aws-data-pipeline | AWS Data Pipeline |  | imp:aws
aws-dms | AWS Database Migration Service | AWS DMS | imp:aws
aws-mwaa | Amazon MWAA | Amazon Managed Workflows for Apache Airflow; MWAA | imp:aws,airflow
aws-opensearch | Amazon OpenSearch Service | Amazon Elasticsearch Service; AWS Elasticsearch | imp:aws
aws-cdk | AWS CDK | AWS Cloud Development Kit | imp:aws
aws-sam | AWS SAM | AWS Serverless Application Model | imp:aws
aws-cloudtrail | AWS CloudTrail | CloudTrail | imp:aws
aws-ebs | Amazon EBS | Elastic Block Store | imp:aws
aws-efs | Amazon EFS | Elastic File System | imp:aws
aws-kms | AWS KMS | AWS Key Management Service | imp:aws
aws-secrets-manager | AWS Secrets Manager |  | imp:aws
aws-cognito | Amazon Cognito | AWS Cognito | imp:aws
aws-appsync | AWS AppSync | AppSync | imp:aws
aws-timestream | Amazon Timestream |  | imp:aws
aws-documentdb | Amazon DocumentDB | DocumentDB | imp:aws
aws-keyspaces | Amazon Keyspaces |  | imp:aws
aws-eventbridge | Amazon EventBridge | EventBridge | imp:aws
aws-sagemaker-studio | Amazon SageMaker Studio | SageMaker Studio; SageMaker Pipelines; SageMaker Autopilot | imp:aws
aws-ecr | Amazon ECR | Elastic Container Registry | imp:aws
aws-lightsail | Amazon Lightsail |  | imp:aws
aws-outposts | AWS Outposts |  | imp:aws
aws-iot | AWS IoT | AWS IoT Core; AWS Greengrass | imp:aws
aws-glacier | Amazon S3 Glacier | Amazon Glacier; AWS Glacier | imp:aws
aws-redshift-spectrum | Redshift Spectrum |  | imp:aws
aws-emr-serverless | EMR Serverless |  | imp:aws
aws-mechanical-turk | Amazon Mechanical Turk | Mechanical Turk; MTurk | imp:aws
# Google Cloud (core owns BigQuery, Dataproc, Dataflow, Vertex AI, GCS, GKE, GCE, Cloud Composer)
gcp-pubsub | Google Cloud Pub/Sub | Cloud Pub/Sub; Google Pub/Sub; GCP Pub/Sub; PubSub | imp:gcp
gcp-bigtable | Cloud Bigtable | Google Bigtable; Bigtable; Google Cloud Bigtable | imp:gcp
gcp-spanner | Cloud Spanner | Google Cloud Spanner; Google Spanner | imp:gcp
gcp-cloud-functions | Google Cloud Functions | GCP Cloud Functions | imp:gcp
gcp-cloud-run | Google Cloud Run | Cloud Run | imp:gcp
gcp-app-engine | Google App Engine | App Engine; GAE^ | imp:gcp
gcp-datastore | Google Cloud Datastore | Cloud Datastore | imp:gcp
gcp-dataprep | Cloud Dataprep | Google Dataprep | imp:gcp
gcp-data-fusion | Cloud Data Fusion | Google Data Fusion | imp:gcp
gcp-automl | Google Cloud AutoML | Cloud AutoML | imp:gcp
gcp-ai-platform | Google AI Platform | Cloud AI Platform; Cloud ML Engine; Google Cloud ML Engine | imp:gcp
gcp-vision-api | Google Cloud Vision API | Cloud Vision API; Google Vision API | imp:gcp
gcp-natural-language | Google Cloud Natural Language API | Cloud Natural Language API | imp:gcp
gcp-speech | Google Cloud Speech-to-Text | Cloud Speech API | imp:gcp
gcp-dialogflow | Dialogflow | Google Dialogflow | imp:gcp
gcp-data-studio | Google Data Studio | Data Studio |
gcp-memorystore | Cloud Memorystore | Memorystore | imp:gcp
gcp-firebase-ml | Firebase ML Kit | ML Kit |
gcp-tpu | Cloud TPU | Google TPU; TPUs^; TPU^ | imp:gcp
gcp-dataplex | Google Cloud Dataplex | Dataplex | imp:gcp
gcp-dataform | Dataform |  | imp:gcp
gcp-colab | Google Colab | Colab; Colaboratory; Google Colaboratory |
# Azure (core owns Azure ML, Data Factory, Data Lake, Synapse, Databricks, SQL, DevOps, Functions, Blob Storage, Cosmos DB, HDInsight)
azure-stream-analytics | Azure Stream Analytics |  | imp:azure
azure-event-hubs | Azure Event Hubs | Event Hubs; Event Hub | imp:azure
azure-service-bus | Azure Service Bus |  | imp:azure
azure-analysis-services | Azure Analysis Services |  | imp:azure
azure-aks | Azure Kubernetes Service | AKS^ | imp:azure,kubernetes
azure-app-service | Azure App Service | Azure Web Apps | imp:azure
azure-logic-apps | Azure Logic Apps | Logic Apps | imp:azure
azure-key-vault | Azure Key Vault |  | imp:azure
azure-active-directory | Azure Active Directory | Azure AD; Microsoft Entra ID; Entra ID | imp:azure
azure-openai | Azure OpenAI | Azure OpenAI Service | imp:azure
azure-bot-service | Azure Bot Service | Microsoft Bot Framework; Bot Framework | imp:azure
azure-search | Azure Cognitive Search | Azure AI Search; Azure Search | imp:azure
azure-purview | Microsoft Purview | Azure Purview | imp:azure
azure-fabric | Microsoft Fabric |  |
azure-iot | Azure IoT Hub | Azure IoT | imp:azure
azure-monitor | Azure Monitor | Application Insights; Log Analytics | imp:azure
azure-arm | Azure Resource Manager | ARM templates | imp:azure
azure-vm | Azure Virtual Machines | Azure VMs; Azure VM | imp:azure
azure-storage | Azure Storage | Azure Files; Azure Table Storage; ADLS^; ADLS Gen2 | imp:azure
azure-batch | Azure Batch |  | imp:azure
`,

  visualization: `
microstrategy | MicroStrategy | Micro Strategy |
cognos | Cognos | IBM Cognos; Cognos Analytics; IBM Cognos Impromptu |
business-objects | BusinessObjects | Business Objects; SAP BusinessObjects; SAP Business Objects; SAP BO; BOBJ |
crystal-reports | Crystal Reports | SAP Crystal Reports |
spotfire | Spotfire | TIBCO Spotfire |
ssrs | SSRS | Microsoft SQL Server Reporting Services SSRS |
sisense | Sisense |  |
domo | Domo |  | p:context cue:tableau looker dashboards bi
mode-analytics | Mode Analytics | Mode~ |
periscope | Periscope Data |  |
metabase | Metabase |  |
superset | Apache Superset | Superset |
redash | Redash |  |
thoughtspot | ThoughtSpot |  |
google-charts | Google Charts |  |
highcharts | Highcharts |  |
chart-js | Chart.js | ChartJS |
vega | Vega-Lite | Vega Lite |
webfocus | WebFOCUS | Information Builders WebFOCUS |
hyperion | Oracle Hyperion | Hyperion; Essbase; Oracle Essbase |
obiee | OBIEE | Oracle Business Intelligence; Oracle BI; Oracle Analytics Cloud |
power-pivot | Power Pivot | PowerPivot; Power Query; DAX^ | cue:power bi excel
sap-analytics-cloud | SAP Analytics Cloud | SAC^ |
sap-lumira | SAP Lumira | Lumira |
datawrapper | Datawrapper |  |
infogram | Infogram |  |
arcgis | ArcGIS | ESRI ArcGIS; ESRI ArcGIS software; ArcMap; ArcGIS Pro; Esri |
qgis | QGIS |  |
kepler-gl | kepler.gl |  |
leaflet | Leaflet | Leaflet.js | p:qualified
mapbox | Mapbox |  |
gephi | Gephi |  |
dashboards | Dashboard Development | dashboard development; building dashboards; dashboard design; interactive dashboards |
business-intelligence | Business Intelligence | BI tools; business intelligence tools; BI^; BI reporting; BI platforms |
data-storytelling | Data Storytelling | storytelling with data |
`,

  web: `
react | React | React.js; ReactJS; React JS; React Hooks | p:context cue:javascript typescript redux jsx frontend front-end angular vue node html css
react-native | React Native |  |
redux | Redux | Redux Toolkit; React Redux |
angular | Angular | AngularJS; Angular.js; Angular 2; Google Angular | p:context cue:javascript typescript react vue frontend front-end rxjs
vue | Vue.js | VueJS; Vue 3; Vue? | cue:javascript react angular frontend nuxt
nuxt | Nuxt.js | NuxtJS; Nuxt |
svelte | Svelte | SvelteKit |
nextjs | Next.js | NextJS; Next JS |
nestjs | NestJS | Nest.js |
ember | Ember.js | EmberJS |
backbone | Backbone.js | BackboneJS |
meteor | Meteor.js | MeteorJS |
jquery | jQuery |  |
bootstrap | Bootstrap | Twitter Bootstrap | p:context cue:css html javascript frontend
tailwind | Tailwind CSS | TailwindCSS |
express | Express.js | ExpressJS; express-js; Node/Express; Express~ |
django | Django | Django REST Framework; DRF^ |
flask | Flask | Flask API; Flask-RESTful | p:context cue:python django fastapi api rest
fastapi | FastAPI | Fast API |
pyramid | Pyramid framework | Pyramid~ |
tornado | Tornado web framework | Tornado~ |
streamlit | Streamlit |  |
dash | Plotly Dash apps | Dash~ |
gradio | Gradio |  |
spring | Spring Framework | Spring MVC; Spring Cloud; Spring~ | cue:java hibernate boot
spring-boot | Spring Boot | SpringBoot |
hibernate | Hibernate | Hibernate ORM | p:context cue:java spring jpa
jpa | JPA | Java Persistence API |
jsp | JSP | JavaServer Pages; Oracle JavaServer Pages JSP |
servlets | Servlets | Java Servlets |
struts | Apache Struts | Struts |
jersey | Eclipse Jersey | Jersey~ |
dotnet | .NET | .NET Framework; .NET Core; dotnet; Microsoft .NET Framework; ASP.NET; Microsoft ASP.NET; ASP.NET Core; ASP.NET MVC |
blazor | Blazor |  |
ruby-on-rails | Ruby on Rails | RoR^; Rails~; Ruby-on-Rails |
laravel | Laravel |  |
symfony | Symfony |  |
wordpress | WordPress | Word Press |
drupal | Drupal |  |
joomla | Joomla |  |
gin | Gin web framework | Gin~ |
phoenix | Phoenix Framework | Phoenix~ |
flutter | Flutter |  | p:context cue:dart mobile ios android
ionic | Ionic Framework | Ionic~ |
xamarin | Xamarin |  |
electron | Electron.js | ElectronJS; Electron~ |
rest-api | REST APIs | REST^; RESTful; RESTful APIs; RESTful web services; REST API; RESTful services; web APIs~ |
soap | SOAP | SOAP web services | p:exact-case cue:rest xml wsdl web services
grpc | gRPC |  |
websockets | WebSockets | WebSocket |
ajax | AJAX | Asynchronous JavaScript and XML | p:exact-case cue:javascript jquery html
oauth | OAuth | OAuth2; OAuth 2.0; OpenID Connect |
jwt | JWT | JSON Web Tokens |
webassembly | WebAssembly | WASM |
threejs | Three.js | ThreeJS |
frontend-development | Front-End Development | front-end development; frontend development; front end development; front-end web development |
backend-development | Back-End Development | back-end development; backend development; back end development; server-side development |
full-stack | Full-Stack Development | full stack development; fullstack development; full-stack developer |
web-development | Web Development | web application development; web app development; web applications~ |
mobile-development | Mobile Development | mobile app development; mobile application development |
ios | iOS | iOS development; Apple iOS; iPhone development | p:exact-case cue:swift objective-c xcode android mobile
android | Android | Android development; Android SDK; Google Android; Android Studio | p:context cue:ios kotlin java mobile
xcode | Xcode |  |
`,

  tool: `
# operating systems
linux | Linux | Linux OS; GNU/Linux; Linux environments |
unix | Unix | UNIX; Unix-like; UNIX systems |
windows | Microsoft Windows | MS Windows; Windows Server; Microsoft Windows Server; Windows 10; Windows OS; Windows~ |
macos | macOS | Mac OS; Mac OS X; OS X; Apple macOS |
ubuntu | Ubuntu |  |
rhel | Red Hat Enterprise Linux | RHEL; Red Hat Linux |
centos | CentOS |  |
debian | Debian |  |
solaris | Solaris | Oracle Solaris; Sun Solaris |
aix | IBM AIX | AIX^ |
zos | z/OS | IBM z/OS |
mainframe | Mainframe | IBM mainframe; mainframe systems | p:context cue:cobol jcl db2 cics
jira | Jira | JIRA; Atlassian JIRA; Atlassian Jira |
confluence | Confluence | Atlassian Confluence | p:context cue:jira atlassian wiki documentation bitbucket
trello | Trello |  |
asana | Asana |  | p:context cue:jira trello monday
monday | monday.com |  |
smartsheet | Smartsheet |  |
ms-project | Microsoft Project | MS Project |
visio | Visio | Microsoft Visio; MS Visio |
ms-word | Microsoft Word | MS Word; Word~ |
powerpoint | PowerPoint | Microsoft PowerPoint; MS PowerPoint; Power Point |
ms-outlook | Outlook | Microsoft Outlook; MS Outlook | p:context cue:word excel powerpoint office email calendar
ms-office | Microsoft Office | MS Office; Microsoft Office Suite; Office 365; Microsoft 365; O365^; Microsoft Office software |
google-workspace | Google Workspace | G Suite; GSuite; Google Workspace software; Google Apps |
google-sheets | Google Sheets |  |
google-docs | Google Docs |  |
sharepoint | SharePoint | Microsoft SharePoint; MS SharePoint |
ms-teams | Microsoft Teams | MS Teams |
slack | Slack |  | p:context cue:zoom teams jira confluence
zoom | Zoom |  | p:context cue:slack teams webex meetings
webex | Webex | Cisco Webex; WebEx |
notion | Notion |  | p:qualified
miro | Miro |  | p:context cue:figma jira confluence
figma | Figma |  |
sketch-app | Sketch | Sketch app; Bohemian Sketch | p:qualified
adobe-xd | Adobe XD |  |
invision | InVision |  |
photoshop | Photoshop | Adobe Photoshop |
illustrator | Adobe Illustrator | Illustrator~ |
indesign | InDesign | Adobe InDesign |
after-effects | After Effects | Adobe After Effects |
premiere-pro | Premiere Pro | Adobe Premiere Pro; Adobe Premiere |
acrobat | Adobe Acrobat | Acrobat~ |
adobe-creative-suite | Adobe Creative Cloud | Adobe Creative Suite; Adobe Creative Cloud software |
canva | Canva | | p:context cue:figma photoshop design adobe
autocad | AutoCAD | Autodesk AutoCAD; AutoCAD Civil 3D; Autodesk AutoCAD Civil 3D |
revit | Revit | Autodesk Revit |
solidworks | SolidWorks | Dassault Systemes SolidWorks; SOLIDWORKS |
catia | CATIA | Dassault Systemes CATIA |
ansys | ANSYS | ANSYS Fluent; Ansys Mechanical |
comsol | COMSOL | COMSOL Multiphysics |
sketchup | SketchUp | Trimble SketchUp Pro |
microstation | MicroStation | Bentley MicroStation |
minitab | Minitab |  |
jmp | JMP | SAS JMP; JMP Pro | p:exact-case cue:sas minitab statistical
eviews | EViews |  |
gams | GAMS | General Algebraic Modeling System |
cplex | CPLEX | IBM ILOG CPLEX; IBM CPLEX |
gurobi | Gurobi | Gurobi Optimizer |
ampl | AMPL |  |
pulp | PuLP |  |
pyomo | Pyomo |  |
or-tools | OR-Tools | Google OR-Tools | p:exact-case cue:optimization solvers cplex gurobi
anylogic | AnyLogic |  |
arena-sim | Arena Simulation | Rockwell Arena |
simio | Simio |  |
gauss | GAUSS | Aptech GAUSS | p:qualified
sas-visual-analytics | SAS Visual Analytics | SAS VA | imp:sas
sas-di | SAS Data Integration Studio | SAS DI Studio; SAS DI | imp:sas
sas-forecast-server | SAS Forecast Server |  | imp:sas
spss-amos | IBM SPSS Amos | SPSS Amos; AMOS~ |
nvivo | NVivo |  |
atlas-ti | ATLAS.ti |  |
qualtrics | Qualtrics |  |
surveymonkey | SurveyMonkey | Survey Monkey |
redcap | REDCap |  |
google-analytics | Google Analytics | GA4; Universal Analytics |
adobe-analytics | Adobe Analytics | Omniture; Adobe SiteCatalyst; SiteCatalyst |
google-tag-manager | Google Tag Manager |  |
google-ads | Google Ads | Google AdWords; AdWords |
doubleclick | DoubleClick | Google DoubleClick; DoubleClick Campaign Manager |
bing-ads | Microsoft Advertising | Bing Ads |
facebook-ads | Facebook Ads | Facebook Ads Manager; Meta Ads |
optimizely | Optimizely |  |
mixpanel | Mixpanel |  |
amplitude | Amplitude | Amplitude Analytics | p:context cue:mixpanel analytics segment heap
segment | Segment | Twilio Segment | p:qualified
heap | Heap Analytics |  |
hotjar | Hotjar |  |
salesforce | Salesforce | Salesforce software; Salesforce CRM; Salesforce.com; SFDC^ |
hubspot | HubSpot | HubSpot software |
marketo | Marketo | Adobe Marketo; Marketo Marketing Automation |
eloqua | Eloqua | Oracle Eloqua |
pardot | Pardot |  |
zendesk | Zendesk |  |
servicenow | ServiceNow | Service Now |
sap-erp | SAP ERP | SAP ECC; SAP S/4HANA; S/4HANA; SAP R/3; SAP R3 |
sap | SAP | SAP software | p:exact-case cue:erp abap hana oracle
oracle-ebs | Oracle E-Business Suite | Oracle EBS; Oracle Financials |
peoplesoft | PeopleSoft | Oracle PeopleSoft |
netsuite | NetSuite | Oracle NetSuite |
workday | Workday | Workday software | p:context cue:hr hris peoplesoft successfactors erp
successfactors | SuccessFactors | SAP SuccessFactors |
ms-dynamics | Microsoft Dynamics | Dynamics 365; MS Dynamics; Microsoft Dynamics CRM; Microsoft Dynamics 365 |
quickbooks | QuickBooks | Intuit QuickBooks |
sap-concur | SAP Concur | Concur |
epic-systems | Epic Systems | Epic EHR; Epic Clarity; Epic Caboodle |
cerner | Cerner | Oracle Cerner |
meditech | MEDITECH | MEDITECH software |
bloomberg | Bloomberg Terminal | Bloomberg Professional |
factset | FactSet |  |
refinitiv | Refinitiv Eikon | Thomson Reuters Eikon; Eikon |
capital-iq | S&P Capital IQ | Capital IQ; CapIQ |
argus | Argus Enterprise |  |
visual-studio | Visual Studio | Microsoft Visual Studio; Visual Studio Code; VS Code; VSCode |
eclipse-ide | Eclipse IDE | Eclipse~ |
intellij | IntelliJ IDEA | IntelliJ; JetBrains IntelliJ |
pycharm | PyCharm |  |
spyder | Spyder IDE | Spyder~ |
anaconda | Anaconda | Anaconda distribution; conda; Miniconda | p:context cue:python jupyter conda spyder
vim | Vim | Neovim | p:qualified
postman | Postman |  | p:context cue:api rest swagger testing
swagger | Swagger | OpenAPI; OpenAPI Specification |
toad | Toad for Oracle | Quest Toad |
sql-developer | Oracle SQL Developer | SQL Developer^ |
dbeaver | DBeaver |  |
ssms | SSMS | SQL Server Management Studio | p:exact-case cue:sql server ssis ssrs
erwin | erwin Data Modeler | ERwin |
sas-studio | SAS Studio |  | imp:sas
matlab-toolboxes | MATLAB Toolboxes | Statistics and Machine Learning Toolbox; Deep Learning Toolbox; Signal Processing Toolbox; Image Processing Toolbox |
mathcad | Mathcad | PTC Mathcad |
maple | Maple | Maplesoft Maple | p:qualified
excel-addins | Excel Solver | Solver add-in |
sudaan | SUDAAN |  |
quarto | Quarto |  |
sas-grid | SAS Grid |  | imp:sas
unity-engine | Unity | Unity3D; Unity engine; Unity game engine; Unity Technologies Unity | p:context cue:c# game games 3d ar vr
unreal-engine | Unreal Engine | Unreal; UE4^; UE5^ |
blender | Blender |  | p:context cue:3d maya modeling
maya | Autodesk Maya | Maya~ |
ros | ROS | Robot Operating System; ROS2 | p:exact-case cue:robotics robot c++ gazebo
gazebo | Gazebo simulator | Gazebo~ |
arduino | Arduino |  |
raspberry-pi | Raspberry Pi |  |
fpga | FPGA | FPGAs |
plc | PLC programming | PLC^; programmable logic controllers |
scada | SCADA |  |
wireshark | Wireshark |  |
nmap | Nmap |  |
metasploit | Metasploit |  |
burp-suite | Burp Suite |  |
kali-linux | Kali Linux |  |
nessus | Nessus | Tenable Nessus |
qradar | QRadar | IBM QRadar |
crowdstrike | CrowdStrike |  |
palo-alto | Palo Alto Networks | Palo Alto firewalls |
active-directory | Active Directory | Microsoft Active Directory; AD DS; LDAP |
okta | Okta |  |
cyberark | CyberArk |  |
twilio | Twilio |  |
stripe | Stripe API | Stripe~ |
shopify | Shopify |  |
magento | Magento | Adobe Commerce |
prolific | Prolific Academic | Prolific~ |
label-studio | Label Studio |  |
labelbox | Labelbox |  |
latex-overleaf | Overleaf |  |
github-copilot | GitHub Copilot | Copilot~ | noimp:git
`,

  methodology: `
agile | Agile | Agile methodology; Agile methodologies; Agile development; Agile software development; Agile project management; Agile/Scrum; agile environment; agile teams | p:context cue:scrum kanban sprint sprints jira methodologies methodology
scrum | Scrum | Scrum methodology; Scrum Master; Certified ScrumMaster; CSM^ | p:context cue:agile kanban sprint sprints
kanban | Kanban |  |
waterfall | Waterfall | Waterfall methodology; Waterfall development; waterfall model | p:context cue:agile scrum methodology sdlc
lean | Lean | Lean methodology; Lean project management; Lean manufacturing; Lean principles | p:qualified
six-sigma | Six Sigma | Lean Six Sigma; Six Sigma Green Belt; Six Sigma Black Belt; DMAIC |
safe-agile | SAFe | Scaled Agile Framework; SAFe Agile; SAFe framework | p:qualified
prince2 | PRINCE2 | Prince2 project management |
pmp | PMP | Project Management Professional; PMBOK | p:exact-case cue:certification project management
itil | ITIL |  |
sdlc | SDLC | software development life cycle; software development lifecycle; systems development life cycle |
tdd | Test-Driven Development | TDD^; test driven development |
bdd | Behavior-Driven Development | BDD^; behaviour-driven development; behavior driven development; Cucumber; Gherkin |
pair-programming | Pair Programming |  |
code-review | Code Review | code reviews; peer code review |
unit-testing | Unit Testing | unit tests; unit test |
integration-testing | Integration Testing | integration tests; end-to-end testing; E2E testing; regression testing; functional testing |
test-automation | Test Automation | automated testing; automation testing; QA automation |
performance-testing | Performance Testing | load testing; JMeter; Apache JMeter; LoadRunner; Gatling; k6^ |
software-testing | Software Testing | quality assurance; QA testing; manual testing; software QA |
junit | JUnit | JUnit 5; TestNG; Mockito |
pytest | pytest | PyTest |
jest | Jest |  | p:context cue:javascript react mocha testing
mocha | Mocha | Chai^ | p:context cue:javascript jest testing
cypress | Cypress | Cypress.io | p:context cue:testing selenium playwright
playwright | Playwright |  | p:context cue:testing selenium cypress
appium | Appium |  |
testrail | TestRail |  |
sonarqube | SonarQube | SonarCloud; Sonar |
object-oriented-programming | Object-Oriented Programming | object oriented programming; OOP^; object-oriented design; OOD^; object oriented design; object-oriented languages |
functional-programming | Functional Programming | functional languages |
design-patterns | Design Patterns | software design patterns; SOLID principles |
data-structures | Data Structures | data structures and algorithms; algorithms and data structures |
algorithms | Algorithms | algorithm design; algorithm development; algorithmic thinking~ | p:qualified
software-engineering-practice | Software Engineering Best Practices | software engineering best practices; software development best practices; coding standards; clean code |
system-design | System Design | systems design; software architecture; system architecture; distributed system design |
api-design | API Design | API development; API integration; APIs~ |
predictive-modeling | Predictive Modeling | predictive modelling; predictive models; predictive analytics; predictive model |
forecasting | Forecasting | demand forecasting; sales forecasting; forecasting models; forecast models |
time-series | Time Series Analysis | time series; time-series analysis; time series forecasting; time series modeling; time-series data; ARIMA; SARIMA |
regression | Regression Analysis | regression; linear regression; logistic regression; regression models; regression modeling; GLM^; generalized linear models |
classification | Classification Models | classification algorithms; classifiers; classification models |
clustering | Clustering | cluster analysis; k-means; K-Means clustering; hierarchical clustering; segmentation models; customer segmentation |
decision-trees | Decision Trees | decision tree; random forest; random forests; bootstrap aggregation; bagging; gradient boosting; gradient boosted trees; GBM^; boosting; ensemble methods; ensemble learning |
svm | Support Vector Machines | support vector machine; SVM; SVMs |
bayesian | Bayesian Methods | Bayesian statistics; Bayesian inference; Bayesian modeling; Bayesian analysis; Bayesian models; Bayesian networks; MCMC |
hypothesis-testing | Hypothesis Testing | statistical testing; significance testing; t-tests; ANOVA; chi-square tests; statistical significance |
experimental-design | Experimental Design | design of experiments; DOE^; design of experiment; experiment design; randomized controlled trials; RCTs^ |
causal-inference | Causal Inference | causal modeling; causal analysis; causality; uplift modeling; propensity score matching; difference-in-differences |
econometrics | Econometrics | econometric models; econometric modeling; econometric analysis |
survival-analysis | Survival Analysis | time-to-event analysis; Cox regression; Kaplan-Meier |
multivariate-analysis | Multivariate Analysis | multivariate statistics; factor analysis; principal component analysis; PCA; dimensionality reduction; dimension reduction |
optimization | Mathematical Optimization | optimization algorithms; linear programming; integer programming; mixed integer programming; convex optimization; nonlinear optimization; operations research methods; stochastic optimization |
simulation | Simulation Modeling | Monte Carlo simulation; Monte Carlo methods; Monte Carlo; discrete event simulation; agent-based modeling; agent-based simulation; simulations~ |
feature-engineering | Feature Engineering | feature selection; feature extraction |
data-mining | Data Mining | data-mining; pattern recognition |
anomaly-detection | Anomaly Detection | outlier detection; fraud detection |
recommender-systems | Recommender Systems | recommendation systems; recommendation engines; recommender engines; collaborative filtering; recommendation algorithms |
information-retrieval | Information Retrieval | search relevance; search ranking; learning to rank |
generative-ai | Generative AI | GenAI; generative models; large language models; LLMs; LLM^; prompt engineering; foundation models; retrieval-augmented generation; RAG^ |
speech-recognition | Speech Recognition | automatic speech recognition; ASR^; speech processing; speech-to-text; text-to-speech |
sentiment-analysis | Sentiment Analysis | opinion mining |
named-entity-recognition | Named Entity Recognition | NER^; entity extraction; entity recognition |
topic-modeling | Topic Modeling | topic modelling; LDA^; latent Dirichlet allocation |
graph-analytics | Graph Analytics | graph analysis; network analysis; social network analysis; graph algorithms; knowledge graphs; knowledge graph |
geospatial-analysis | Geospatial Analysis | geospatial data; spatial analysis; GIS^; geographic information systems; Geographic Information System; spatial statistics |
signal-processing | Signal Processing | digital signal processing; DSP^; signal analysis |
transfer-learning | Transfer Learning | model fine-tuning; fine-tuning models; fine-tune models |
active-learning | Active Learning (ML) | semi-supervised methods |
explainable-ai | Explainable AI | XAI^; model interpretability; model explainability; interpretable machine learning |
ai-ethics | Responsible AI | AI ethics; algorithmic fairness; fairness in machine learning; model fairness |
statistical-process-control | Control Charts | SPC^; Statistical Process Control | cue:quality manufacturing control
sampling | Survey Methodology | survey design; sampling methods; sampling design; survey research; questionnaire design; survey sampling |
analytics-engineering | Analytics Engineering |  |
exploratory-analysis | Exploratory Analysis | ad hoc analysis; ad-hoc analysis; ad hoc analyses; ad-hoc reporting; ad hoc reporting; root cause analysis |
kpi-reporting | KPI Reporting | KPIs; key performance indicators; metrics development; business metrics |
requirements-gathering | Requirements Gathering | requirements analysis; business requirements; requirements elicitation; gathering requirements; user stories |
business-analysis | Business Analysis | business analytics |
process-improvement | Process Improvement | business process improvement; continuous improvement; process optimization; business process modeling; BPMN; process mapping |
project-management | Project Management | project management skills; program management; project planning; managing projects |
product-management | Product Management | product development lifecycle; product roadmap; product analytics |
change-management | Change Management |  |
risk-management | Risk Management | risk assessment; risk analysis; risk modeling; risk models; risk modelling |
etl-testing | Data Testing | data testing; ETL testing |
security-practices | Cybersecurity | cyber security; information security; InfoSec; network security; application security; security engineering |
penetration-testing | Penetration Testing | pen testing; pentesting; ethical hacking; vulnerability assessment |
cryptography | Cryptography | encryption |
networking | Computer Networking | TCP/IP; network protocols; DNS^; HTTP protocol; routing and switching; BGP^; Border Gateway Protocol |
linux-administration | Linux Administration | Linux system administration; system administration; sysadmin; Unix administration |
embedded-systems | Embedded Systems | embedded software; firmware development; embedded programming; RTOS |
iot | Internet of Things | IoT; IIoT; Industrial IoT |
blockchain | Blockchain | blockchain technology; distributed ledger; Ethereum; smart contracts; Hyperledger |
computer-graphics | Computer Graphics | OpenGL; Vulkan; DirectX; shaders; rendering pipelines |
ar-vr | AR/VR | augmented reality; virtual reality; mixed reality; XR^ |
robotics | Robotics | robot control; robot perception; motion planning; path planning |
autonomous-vehicles | Autonomous Driving | autonomous vehicles; self-driving cars; self-driving; ADAS^; sensor fusion; SLAM^ |
control-systems | Control Systems | control theory; control engineering; Kalman filter; Kalman filters; PID control; model predictive control |
gis-remote-sensing | Remote Sensing | satellite imagery; satellite data; LiDAR; Lidar; photogrammetry |
`,

  domain: `
bioinformatics-skill | Bioinformatics Analysis | bioinformatics pipelines; bioinformatics tools; NGS^; next-generation sequencing; RNA-seq; RNA-Seq; single-cell RNA-seq; genomics; genomic data; sequencing data; proteomics; GWAS |
cheminformatics | Cheminformatics | RDKit; computational chemistry; molecular modeling; molecular dynamics; drug discovery |
clinical-trials | Clinical Trials | clinical trial design; CDISC; SDTM; ADaM^ |
epidemiology-skill | Epidemiological Methods | epidemiological analysis; epidemiological studies; observational studies; real-world evidence; RWE^ |
health-informatics | Healthcare Analytics | health informatics; claims data; HL7; FHIR; ICD-10 |
pharmacometrics | Pharmacometrics | PK/PD; pharmacokinetics; NONMEM |
actuarial | Actuarial Science | actuarial analysis; actuarial modeling; actuarial exams |
credit-risk | Credit Risk | credit risk modeling; credit scoring; credit risk models; probability of default; loss given default; Basel |
quantitative-finance | Quantitative Finance | quantitative trading; algorithmic trading; derivatives pricing; portfolio optimization; portfolio management; financial modeling; financial modelling; asset pricing; stochastic calculus |
fraud-analytics | Fraud Analytics | anti-money laundering; AML^; KYC^; fraud prevention; fraud analytics |
financial-analysis | Financial Analysis | financial reporting; financial statements; budgeting; FP&A; financial planning and analysis; GAAP; accounting principles |
marketing-analytics | Marketing Analytics | marketing mix modeling; marketing mix models; media mix modeling; attribution modeling; multi-touch attribution; customer lifetime value; CLV^; CLTV; churn modeling; churn prediction; customer churn; propensity modeling |
digital-marketing | Digital Marketing | SEO; search engine optimization; SEM^; search engine marketing; paid search; social media marketing; email marketing |
web-analytics | Web Analytics | digital analytics; clickstream data; clickstream analysis; web traffic analysis |
pricing-analytics | Pricing Analytics | pricing optimization; price optimization; revenue management; pricing strategy; dynamic pricing |
supply-chain | Supply Chain Analytics | supply chain; supply chain management; logistics; inventory optimization; inventory management; procurement; demand planning |
operations-analytics | Operations Analytics | operations management; capacity planning; workforce planning; scheduling optimization |
hr-analytics | People Analytics | HR analytics; workforce analytics; HRIS |
insurance-analytics | Insurance Analytics | underwriting; claims analytics; loss modeling; P&C insurance; property and casualty |
energy-analytics | Energy Analytics | energy markets; power systems; smart grid; utilities analytics |
customer-analytics | Customer Analytics | customer insights; consumer insights; voice of the customer; customer journey analytics |
market-research | Market Research | market analysis; competitive analysis; competitive intelligence; consumer research |
retail-analytics | Retail Analytics | merchandising analytics; assortment planning; category management; point of sale data; POS data |
sports-analytics | Sports Analytics |  |
social-media-analytics | Social Media Analytics | social media data; social listening |
ad-tech | Advertising Technology | ad tech; adtech; real-time bidding; RTB^; ad targeting; programmatic advertising |
ecommerce | E-commerce | ecommerce; e-commerce analytics; online retail |
cybersecurity-analytics | Security Analytics | threat intelligence; threat detection; intrusion detection; SIEM; security operations; SOC^ |
legal-tech | Legal Analytics | e-discovery; eDiscovery; legal research |
regulatory-compliance | Regulatory Compliance | compliance; GDPR; SOX^; Sarbanes-Oxley; model risk management; SR 11-7 |
government-data | Public Policy Analysis | policy analysis; program evaluation; impact evaluation |
defense-intelligence | Intelligence Analysis | all-source analysis; OSINT; SIGINT; GEOINT; HUMINT |
manufacturing-analytics | Manufacturing Analytics | predictive maintenance; yield analysis; industrial engineering; quality engineering |
transportation-analytics | Transportation Analytics | route optimization; fleet management; transportation modeling; traffic modeling |
climate-science | Climate Modeling | climate data; climate models; weather data; weather forecasting |
education-analytics | Learning Analytics | educational data mining; psychometrics; item response theory; IRT^ |
real-estate-analytics | Real Estate Analytics | property valuation; automated valuation models; AVM^ |
telecom-analytics | Telecom Analytics | network analytics; telecommunications data |
media-analytics | Media Analytics | audience measurement; content analytics; audience analytics |
computational-biology-skill | Computational Biology Methods | systems biology; structural biology; protein structure prediction; phylogenetics; population genetics; biostatistical methods~ |
medical-imaging | Medical Imaging | radiology images; MRI data; CT scans; DICOM; medical image analysis |
`,
};

/**
 * Soft skills (transversal), named after the O*NET content model (work styles, cross-functional skills) and the
 * ESCO transversal collection. Communication, presentation, writing, speaking and listening are left out on
 * purpose: communication is its own signal in the result. One-word names that are ordinary words take `context`
 * (the script enforces it) with cues that mark a skill ask ("strong leadership skills", not "our leadership team").
 */
export const SOFT_SKILLS = `
problem-solving | Problem Solving | problem-solving; problem solving skills; complex problem solving; solve complex problems; solving complex problems; problem solver; troubleshooting skills | src:onet-cm:Complex Problem Solving
critical-thinking | Critical Thinking | critical thinker; think critically; critical thinking skills | src:onet-cm:Critical Thinking
analytical-thinking | Analytical Skills | analytical thinking; analytical skills; analytical mindset; analytical abilities; analytical ability; analytic skills; strong analytical; analytical problem solving; analytical and problem-solving skills | src:onet-cm:Analytical Thinking
teamwork | Teamwork | team player; team work; work in a team; work as part of a team; work well in a team; team environment; team-oriented; collaborative team player; cooperation | src:onet-cm:Cooperation
collaboration | Collaboration Skills | collaborative?; collaborate effectively; cross-functional collaboration; work collaboratively; Collaboration~ | p:safe cue:skills ability strong excellent effective cross-functional teams
leadership | Leadership | leadership skills; leadership abilities; leadership ability; leadership experience; leadership qualities; lead teams; team leadership; technical leadership; thought leadership | p:context cue:skills ability abilities strong demonstrated proven qualities excellent src:onet-cm:Leadership
time-management | Time Management | time-management; manage time; managing time; time management skills; manage multiple priorities; managing multiple priorities; prioritization; prioritisation; prioritize tasks; prioritise tasks; prioritize work; juggle multiple priorities; meet deadlines; meeting deadlines | src:onet-cm:Time Management
attention-to-detail | Attention to Detail | attention to details; detail-oriented; detail oriented; detail orientated; keen eye for detail; eye for detail; meticulous; high attention to detail; detail-focused | src:onet-cm:Attention to Detail
adaptability | Adaptability | adaptable; flexibility; flexible; adapt to change; adapt quickly; adaptability and flexibility | p:context cue:skills ability strong change environment src:onet-cm:Adaptability/Flexibility
initiative | Initiative | self-starter; self starter; self-motivated; self motivated; proactive; take initiative; takes initiative; show initiative; sense of initiative; driven~ | p:context cue:skills ability strong demonstrated take takes show src:onet-cm:Initiative
independence | Independent Work | work independently; working independently; works independently; independently and as part of a team; minimal supervision; little supervision; without supervision; autonomous; autonomy
dependability | Dependability | dependable; reliable; reliability~; sense of ownership | p:context cue:skills strong highly src:onet-cm:Dependability
integrity | Integrity | honesty; ethical conduct; ethics~; trustworthy; high integrity; personal integrity | p:context cue:high personal honesty professional src:onet-cm:Integrity
persistence | Perseverance | tenacity; tenacious; grit; Persistence~ | p:context cue:skills strong src:onet-cm:Persistence
stress-tolerance | Stress Tolerance | work under pressure; working under pressure; perform under pressure; handle pressure; thrive in a fast-paced; composure | src:onet-cm:Stress Tolerance
self-control | Self-Control | emotional intelligence; emotional maturity; self-awareness; EQ^ | src:onet-cm:Self-Control
achievement-orientation | Achievement Orientation | results-oriented; results oriented; results-driven; results driven; goal-oriented; goal oriented; drive for results | src:onet-cm:Achievement/Effort
innovation | Creative Thinking | innovative thinking; creativity?; creative problem solving; out-of-the-box thinking; think outside the box; thinking outside the box; Innovation~ | cue:skills strong ability thinking mindset src:onet-cm:Innovation
curiosity | Intellectual Curiosity | curiosity?; inquisitive?; desire to learn; eager to learn; eagerness to learn; passion for learning; willingness to learn; lifelong learner; growth mindset | cue:intellectual strong natural
active-learning-skill | Active Learning | learn quickly; quick learner; fast learner; learn new technologies; learns quickly; ability to learn quickly; pick up new skills; learning agility | src:onet-cm:Active Learning
social-perceptiveness | Social Perceptiveness | empathy; empathetic; understanding of others | p:context cue:skills strong src:onet-cm:Social Perceptiveness
interpersonal-skills | Interpersonal Skills | interpersonal; people skills; relationship building; relationship-building; build relationships; building relationships; rapport | p:context cue:skills strong excellent abilities src:onet-cm:Social Orientation
coordination | Coordination | coordinate activities; coordinate across teams; cross-functional coordination | p:qualified src:onet-cm:Coordination
persuasion | Persuasion | persuasive; influence stakeholders; influencing skills; ability to influence; influence others; influencing without authority | p:context cue:skills strong src:onet-cm:Persuasion
negotiation | Negotiation | negotiation skills; negotiating; negotiate | p:context cue:skills strong excellent src:onet-cm:Negotiation
mentoring | Mentoring | mentorship; mentor junior; mentoring junior; coaching; coach junior; mentor others; mentor team members; mentor and develop | p:context cue:junior team members others engineers scientists analysts src:onet-cm:Instructing
service-orientation | Customer Focus | customer service?; customer focus; customer-focused; customer-centric; client-facing; client focus; customer orientation; service orientation | src:onet-cm:Service Orientation
judgment | Decision Making | decision-making; decision making skills; sound judgment; good judgment; judgment and decision making; data-driven decision making~ | src:onet-cm:Judgment and Decision Making
organization | Organizational Skills | organizational skills; organisational skills; organization skills; well organized; well-organized; highly organized; strong organizational; organized~; planning and organizing
multitasking | Multitasking | multi-tasking; multi-task; multitask; handle multiple tasks; manage multiple projects; juggle multiple projects; manage competing priorities; competing priorities |
conflict-resolution | Conflict Resolution | conflict management; resolve conflicts; resolving conflicts |
stakeholder-management | Stakeholder Management | stakeholder engagement; managing stakeholders; manage stakeholders; stakeholder relationships; stakeholder relationship management; manage expectations |
business-acumen | Business Acumen | business sense; commercial awareness; commercial acumen; business understanding; business savvy |
strategic-thinking | Strategic Thinking | strategic mindset; strategic planning; strategic vision; big-picture thinking; see the big picture |
systems-thinking | Systems Thinking | systems analysis; systems evaluation; holistic thinking | src:onet-cm:Systems Analysis
quantitative-skills | Quantitative Skills | quantitative abilities; quantitative aptitude; numerical skills; numeracy; mathematical skills; math skills; strong quantitative |
research-skills | Research Skills | research abilities; research methodology; research methods; independent research; conduct research |
self-management | Self-Management | self-directed; self directed; manage own workload; manage their own time; self-organized; self-organised |
ownership | Ownership Mindset | take ownership; takes ownership; end-to-end ownership; ownership of projects; sense of urgency |
cultural-awareness | Cultural Awareness | cultural sensitivity; cross-cultural; intercultural competence; diversity and inclusion~
professionalism | Professionalism | professional demeanor; professional conduct; professional attitude; maturity~ | p:context cue:high level
positive-attitude | Positive Attitude | can-do attitude; positive outlook; enthusiasm; enthusiastic; passionate~; motivated~ | p:context cue:strong
teaching | Teaching and Training | training others; train others; instructing; knowledge sharing; knowledge transfer; teach others | src:onet-cm:Instructing
learning-strategies | Learning Strategies | self-taught; self-study | src:onet-cm:Learning Strategies
resource-management | Resource Management | management of personnel resources; people management; managing people; manage a team; managing a team; team management; staff management; direct reports | src:onet-cm:Management of Personnel Resources
budget-management | Budget Management | manage budgets; managing budgets; budget oversight; management of financial resources; cost management | src:onet-cm:Management of Financial Resources
quality-orientation | Quality Orientation | quality-focused; commitment to quality; high standards; high-quality work | p:context cue:strong commitment src:onet-cm:Quality Control Analysis
troubleshooting | Troubleshooting | debugging; diagnose problems; diagnosing issues | src:onet-cm:Troubleshooting
customer-empathy | User Empathy | user empathy; customer empathy; user-centered; user-centric; human-centered design; user research; user experience research; UX research |
facilitation | Facilitation | facilitate meetings; facilitating workshops; workshop facilitation; facilitation skills |
delegation | Delegation | delegate tasks; delegating |
decision-under-uncertainty | Comfort with Ambiguity | comfortable with ambiguity; deal with ambiguity; navigate ambiguity; ambiguous environment; handle ambiguity; tolerance for ambiguity |
entrepreneurial | Entrepreneurial Mindset | entrepreneurial spirit; entrepreneurial; startup mindset; start-up mindset; scrappy | p:context cue:spirit mindset
work-ethic | Work Ethic | strong work ethic; hard-working; hardworking; diligent; diligence |
`;

/**
 * Single words that are also English words (or names) in the lexicons the script consults, but that in job
 * postings almost only name the technology: these keep the `safe` policy the table gives them.
 */
export const SAFE_DESPITE_WORD = [
  'fortran', 'cobol', 'prolog', 'lisp', 'haskell', 'kotlin', 'perl', 'php', 'scala', 'erlang', 'clojure', 'ocaml', 'smalltalk',
  'verilog', 'vhdl', 'labview', 'coffeescript', 'typescript', 'powershell', 'vbscript', 'mongodb', 'redis', 'elasticsearch',
  'neo4j', 'teradata', 'vertica', 'greenplum', 'netezza', 'sybase', 'mariadb', 'couchbase', 'couchdb', 'memcached', 'clickhouse',
  'informatica', 'talend', 'alteryx', 'fivetran', 'matillion', 'airbyte', 'dagster', 'datastage', 'pentaho', 'mulesoft',
  'mlflow', 'kubeflow', 'terraform', 'ansible', 'saltstack', 'circleci', 'teamcity', 'openshift', 'grafana', 'datadog', 'splunk',
  'nagios', 'zabbix', 'kibana', 'logstash', 'gradle', 'bazel', 'webpack', 'nginx', 'jboss', 'weblogic', 'websphere', 'bitbucket',
  'heroku', 'vmware', 'openstack', 'microstrategy', 'cognos', 'spotfire', 'sisense', 'metabase', 'redash', 'thoughtspot',
  'highcharts', 'webfocus', 'essbase', 'qgis', 'mapbox', 'gephi', 'jquery', 'django', 'fastapi', 'streamlit', 'laravel',
  'symfony', 'wordpress', 'drupal', 'joomla', 'xamarin', 'grpc', 'jira', 'trello', 'smartsheet', 'powerpoint', 'sharepoint',
  'webex', 'figma', 'photoshop', 'indesign', 'canva', 'autocad', 'revit', 'solidworks', 'ansys', 'comsol', 'sketchup',
  'microstation', 'minitab', 'eviews', 'cplex', 'gurobi', 'pyomo', 'anylogic', 'nvivo', 'qualtrics', 'surveymonkey', 'redcap',
  'optimizely', 'mixpanel', 'hotjar', 'salesforce', 'hubspot', 'marketo', 'eloqua', 'pardot', 'zendesk', 'servicenow',
  'peoplesoft', 'netsuite', 'successfactors', 'quickbooks', 'cerner', 'factset', 'intellij', 'pycharm', 'dbeaver', 'arduino',
  'wireshark', 'nmap', 'metasploit', 'nessus', 'qradar', 'crowdstrike', 'okta', 'cyberark', 'twilio', 'shopify', 'magento',
  'labelbox', 'overleaf', 'lightgbm', 'catboost', 'statsmodels', 'gensim', 'seaborn', 'plotly', 'bokeh', 'dplyr', 'tidyverse',
  'pymc', 'sympy', 'numba', 'cython', 'networkx', 'langchain', 'llamaindex', 'textblob', 'optuna', 'hyperopt', 'jupyter',
  'scrapy', 'sqlalchemy', 'pydantic', 'pyarrow', 'paddlepaddle', 'onnx', 'tensorrt', 'fastai', 'torchvision', 'sqoop', 'oozie',
  'zookeeper', 'accumulo', 'nifi', 'cloudera', 'hortonworks', 'ksqldb', 'rabbitmq', 'activemq', 'nosql', 'solr', 'lucene',
  'mlops', 'datarobot', 'dataiku', 'knime', 'rapidminer', 'bentoml', 'kserve', 'torchserve', 'devops', 'kanban', 'itil', 'junit',
  'pytest', 'appium', 'testrail', 'sonarqube', 'econometrics', 'bioinformatics', 'cheminformatics', 'blockchain', 'kubernetes',
  'linux', 'unix', 'javascript', 'graphql', 'markdown', 'latex', 'xcode', 'svelte', 'blazor', 'tailwind', 'gradio', 'istio',
  'ethereum', 'opengl', 'teamwork', 'multitasking', 'troubleshooting', 'ecommerce', 'cybersecurity', 'mentorship',
  'gams', 'llms', 'html', 'openai', 'chatgpt', 'roberta', 'firebase', 'redux', 'restful', 'sigint', 'geoint', 'humint', 'osint',
  'debezium', 'protobuf', 'parquet', 'kinesis', 'subversion', 'hadoop', 'elixir', 'solidity', 'postman', 'swagger',
];

/**
 * O*NET technology names (and github/explore topics) left out of the default taxonomy and of the pack because
 * they are generic categories or marketing phrases, not products: they would match ordinary prose.
 */
export const ONET_GENERIC_PATTERNS = [
  /\bsoftware$/i, // "Microsoft Office software", "Accounting software": keep the product names only
  /^(?:web|e-?mail|word processing|spreadsheet|presentation|database|graphics|video|calendar|scheduling|project management|accounting|inventory|payroll|tax|time|document|file|data|network|operating system|backup|compliance|enterprise|medical|music|sound|scanning|route|map|desktop|mobile|customer|human resources|library|point of sale|facilities) /i,
];

/** Exact O*NET names (lower-cased) never used: generic words, social networks as "skills", body-less fragments. */
export const ONET_EXCLUDE = [
  'e-verify', 'facebook', 'tiktok', 'twitter', 'instagram', 'linkedin', 'youtube', 'pinterest', 'snapchat', 'reddit', 'email', 'e-mail',
  'internet browser software', 'web browser software', 'microsoft office software', 'spreadsheet software', 'word processing software',
  'presentation software', 'calendar software', 'the mathworks matlab', 'r', 'c', 'go', 'apache spark', 'apache hive',
  'structured query language sql', 'shell script', 'unix shell', 'bash', 'python', 'javascript', 'oracle java', 'c++', 'c#',
  'tensorflow', 'tableau', 'microsoft excel', 'microsoft power bi', 'git', 'github', 'gitlab', 'docker', 'kubernetes', 'sas',
];

/** Linguist aliases that are file or tool tags, not names a posting would use for the language. */
export const LINGUIST_ALIAS_BLOCK = ['envrc', 'pandoc', 'vb .net', 'aspx-vb', 'emacs', 'elisp', 'rusthon', 'cakescript', 'macruby', 'jruby', 'cperl', 'byond', 'shell-script', 'coffee-script'];

/** O*NET UNSPSC commodity titles -> jobsift categories for the pack (anything else is `tool`). */
export const ONET_CATEGORY_BY_COMMODITY = {
  'Data base management system software': 'database',
  'Data base user interface and query software': 'database',
  'Data base reporting software': 'visualization',
  'Business intelligence and data analysis software': 'visualization',
  'Data mining software': 'ml-library',
  'Development environment software': 'devops',
  'Configuration management software': 'devops',
  'Program testing software': 'methodology',
  'Object or component oriented development software': 'language',
  'Compiler and decompiler software': 'language',
  'Web platform development software': 'web',
  'Web page creation and editing software': 'web',
  'Application server software': 'web',
  'Enterprise application integration software': 'data-engineering',
  'Metadata management software': 'data-engineering',
  'Operating system software': 'tool',
  'Network monitoring software': 'devops',
  'Analytical or scientific software': 'tool',
  'Map creation software': 'visualization',
  'Geographic information system': 'visualization',
  'Medical software': 'domain',
  'Financial analysis software': 'domain',
  'Accounting software': 'domain',
  'Human resources software': 'domain',
  'Enterprise resource planning ERP software': 'tool',
  'Customer relationship management CRM software': 'tool',
};
