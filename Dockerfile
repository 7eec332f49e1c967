# Multi-stage: build with the SDK, bake the data at image build time, run on the ASP.NET runtime as non-root from
# a read-only data folder. One image = one content commit; see docs/deploy.md.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props CyberDiplomacy.sln .editorconfig ./
COPY src/ src/
# ReadyToRun: precompiled code, so a container starts serving without seconds of JIT (docs/performance.md).
RUN dotnet publish src/CyberDiplomacy.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o /app/web \
 && dotnet publish src/CyberDiplomacy.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o /app/kb
COPY content/ /app/content/
# kb build fails the image on content errors, so a broken commit never ships; it ends by sealing the SQLite file
# (write-ahead log folded in) so the runtime can open it immutable and read-only. The read-only site cannot merge its
# index itself, so the build merges it into one segment (faster searches).
RUN dotnet /app/kb/kb.dll build --content /app/content --data /app/data --merge-index

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app/web ./
# Owned by root and not writable by the app: the app only reads them (KnowledgeBase__ReadOnlyData).
COPY --from=build /app/content /app/content
COPY --from=build /app/data /app/data
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    KnowledgeBase__ContentPath=/app/content \
    KnowledgeBase__DataPath=/app/data \
    KnowledgeBase__WatchContent=false \
    KnowledgeBase__ReadOnlyData=true
# Numeric (the image's "app" user) so a Kubernetes runAsNonRoot check can verify it without a runAsUser.
USER $APP_UID
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s \
  CMD ["dotnet", "/app/CyberDiplomacy.Web.dll", "--healthcheck"]
ENTRYPOINT ["dotnet", "CyberDiplomacy.Web.dll"]
