# Sourced (as root) by the agent images' RUN steps that download from the internet:
#   RUN --mount=type=secret,id=build-ca,required=false . /opt/ao/build-env.sh && npm install ...
#
# HOME=/root: npm's cache and a CLI's first-run files must not land, root-owned, in /home/agent.
# build-ca: the CA certificates those downloads trust (curl, npm, pip), given to build.sh with
# --ca-file where a TLS-intercepting proxy stands between the build and the internet. It is a build
# secret, mounted for that one step and never stored in the image.
export HOME=/root
if [ -s /run/secrets/build-ca ]; then
  export CURL_CA_BUNDLE=/run/secrets/build-ca NODE_EXTRA_CA_CERTS=/run/secrets/build-ca PIP_CERT=/run/secrets/build-ca
fi
