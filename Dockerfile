# The explorer's app container for docker-compose.yml: Node 20 serving the API and the built
# client, talking to the neo4j:5.26-community container through NEO4J_URI (no Java needed).
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build
ENV HOST=0.0.0.0 PORT=3000 NODE_ENV=production
EXPOSE 3000
USER node
CMD ["npm", "start"]
